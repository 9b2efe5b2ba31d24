//! The thin binary: parse arguments, run, map the result to an exit code.
use clap::Parser;

fn main() {
    let cli = selaras::cli::Cli::parse();
    let code = match selaras::cli::run(cli) {
        Ok(code) => code,
        Err(err) => selaras::cli::report(&err),
    };
    std::process::exit(code);
}
