//! `selaras eval` (to be written).

#[derive(clap::Args, Debug)]
pub struct AlignmentArgs {}

pub fn run(_args: AlignmentArgs) -> anyhow::Result<i32> {
    anyhow::bail!("not written yet")
}
