//! The thin binary: parse arguments, run, map the result to an exit code. The command line
//! (clap, progress bars, messages on stderr) lives here, in `cli/`; everything else is the
//! `selaras` library, which needs none of it.
use clap::Parser;

mod cli;

fn main() {
    let cli = cli::Cli::parse();
    let code = match cli::run(cli) {
        Ok(code) => code,
        Err(err) => cli::report(&err),
    };
    std::process::exit(code);
}
