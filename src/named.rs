//! Enums chosen by name on the command line (`--format`, `--lang`, `segment --format`,
//! `--device`).
//!
//! [`named_enum!`] gives each one list of its values and their names, and from that list
//! `ALL`, `names()`, `name()`, and `FromStr`/`Display` by name, the same way for every enum.

/// Implements, for an enum of unit variants listed once as `Variant => "name"`:
/// `ALL` (every value, in the order `--help` lists them), `names()`, `name()`, `Display`
/// (the name) and `FromStr` (a listed name; any other is an error made by `unknown`, which is
/// given the name).
macro_rules! named_enum {
    ($Enum:ident { $($Variant:ident => $name:literal),+ $(,)? }, unknown: $unknown:expr) => {
        impl $Enum {
            /// Every value, in the order `--help` lists them.
            pub const ALL: [$Enum; [$($name),+].len()] = [$($Enum::$Variant),+];

            /// The names of `ALL`, as given on the command line.
            pub fn names() -> [&'static str; [$($name),+].len()] {
                $Enum::ALL.map($Enum::name)
            }

            /// The name used on the command line.
            pub fn name(self) -> &'static str {
                match self {
                    $($Enum::$Variant => $name),+
                }
            }
        }

        impl std::str::FromStr for $Enum {
            type Err = String;
            fn from_str(name: &str) -> Result<Self, Self::Err> {
                $Enum::ALL
                    .into_iter()
                    .find(|value| value.name() == name)
                    .ok_or(name)
                    .map_err($unknown)
            }
        }

        impl std::fmt::Display for $Enum {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}

pub(crate) use named_enum;
