//! A real SMTP server for tests: Debian's `python3-aiosmtpd` with its Mailbox handler, which
//! writes every message it accepts to a maildir; `messages` reads them back with Python's own
//! e-mail parser (headers and the decoded text body).

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde::Deserialize;

/// The interpreter that has aiosmtpd (Debian's, not a pyenv one): GARITA_TEST_PYTHON, else
/// /usr/bin/python3 when present, else python3.
fn python() -> String {
    if let Ok(p) = std::env::var("GARITA_TEST_PYTHON") {
        return p;
    }
    if std::path::Path::new("/usr/bin/python3").exists() {
        return "/usr/bin/python3".into();
    }
    "python3".into()
}

pub struct SmtpServer {
    pub port: u16,
    dir: PathBuf,
    child: Child,
}

/// One message as it arrived.
#[derive(Debug, Clone, Deserialize)]
pub struct Mail {
    pub message_id: String,
    pub from: String,
    pub to: String,
    pub subject: String,
    pub body: String,
}

const READ_MAILDIR: &str = r#"
import email, email.policy, json, mailbox, sys
out = []
for key, msg in mailbox.Maildir(sys.argv[1], factory=None, create=False).items():
    m = email.message_from_bytes(msg.as_bytes(), policy=email.policy.default)
    body = m.get_body(preferencelist=("plain",))
    out.append({"message_id": str(m["Message-ID"] or ""), "from": str(m["From"] or ""),
                "to": str(m["To"] or ""), "subject": str(m["Subject"] or ""),
                "body": body.get_content() if body is not None else ""})
print(json.dumps(out))
"#;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl SmtpServer {
    pub async fn start() -> SmtpServer {
        SmtpServer::start_on(free_port()).await
    }

    /// On a chosen port (to bring a stopped server back where the service expects it).
    pub async fn start_on(port: u16) -> SmtpServer {
        let dir = std::env::temp_dir().join(format!(
            "garita-smtp-{}",
            garita::storage::vault::random_id()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let child = Command::new(python())
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(dir.join("maildir"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 -m aiosmtpd (apt-get install python3-aiosmtpd)");
        let server = SmtpServer { port, dir, child };
        for _ in 0..200 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return server;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("aiosmtpd did not start on port {port}");
    }

    /// The URL for `--smtp-url` (plain SMTP: the server is on loopback).
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message in the mailbox so far.
    pub fn messages(&self) -> Vec<Mail> {
        let maildir = self.dir.join("maildir");
        if !maildir.join("new").exists() {
            return Vec::new();
        }
        let out = Command::new(python())
            .args(["-c", READ_MAILDIR])
            .arg(&maildir)
            .output()
            .expect("python3 reads the maildir");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// Stops the server (the mailbox stays readable until drop).
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
