fn main() {
    std::process::exit(taskguide::cli::run());
}
