//! The OpenAPI schemas of the domain's lane enums. The domain crate knows nothing of utoipa, so
//! each enum gets a stand-in type here whose schema is built from the enum's own text forms
//! (`TEXTS`): the document cannot list a value the service would not accept or send.

use std::borrow::Cow;

use garita_domain::wait_times::{Group, LaneKind, Status};
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::RefOr;

macro_rules! text_schema {
    ($(#[doc = $doc:literal])* $marker:ident = $name:literal, $texts:expr) => {
        $(#[doc = $doc])*
        pub struct $marker;

        impl utoipa::PartialSchema for $marker {
            fn schema() -> RefOr<Schema> {
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .description(Some(concat!($($doc),*).trim()))
                    .enum_values(Some($texts.iter().copied()))
                    .into()
            }
        }

        impl utoipa::ToSchema for $marker {
            fn name() -> Cow<'static, str> {
                Cow::Borrowed($name)
            }
        }
    };
}

text_schema!(
    /// A lane type of a port: its group and its programme (Ready Lane, SENTRI, FAST).
    LaneKindSchema = "LaneKind",
    LaneKind::TEXTS
);
text_schema!(
    /// What crosses: cars, people on foot, trucks.
    GroupSchema = "Group",
    Group::TEXTS
);
text_schema!(
    /// How a lane is running.
    StatusSchema = "LaneStatus",
    Status::TEXTS
);
