#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| garita::fuzz_targets::wait_times_report(data));
