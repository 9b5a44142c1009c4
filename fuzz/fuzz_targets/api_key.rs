#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| garita::fuzz_targets::api_key(data));
