fn main() {
    std::process::exit(taskguide::run_cli());
}
