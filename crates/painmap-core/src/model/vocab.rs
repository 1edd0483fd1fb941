//! The spec's small closed vocabularies (answers, onsets, qualities, goals, techniques…) all
//! need the same three things: the list in spec order, the snake_case id, and parsing the id
//! back. One macro keeps them identical and cheap: ids are static strings, no serde derive
//! machinery is generated, and the spec order is the declaration order (ties and lists rely
//! on it).
//!
//! The rules' own ids (`E_CES_SADDLE`, `T_SWEDISH_BASE`…) are their variants' names, so that
//! the registry, the catalogs and docs/rules.md spell them alike and grep finds all three; for
//! those the id is the name and is not written twice.

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident as named { $($(#[$vmeta:meta])* $variant:ident,)+ }
    ) => {
        $crate::model::vocab::vocabulary! {
            $(#[$meta])*
            #[allow(non_camel_case_types)]
            pub enum $name { $($(#[$vmeta])* $variant = stringify!($variant),)+ }
        }
    };
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:expr,)+ }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant,)+ }

        impl $name {
            /// Every value, in the spec's order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// Every id, in the same order as [`Self::ALL`]: validation works on these, once
            /// for every vocabulary, rather than once per type.
            pub const IDS: &'static [&'static str] = &[$($id,)+];

            /// The spec's id, as written in intakes and advice.
            pub const fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }

            /// The value with this spec id, if there is one.
            pub fn from_id(id: &str) -> Option<$name> {
                Self::ALL.get($crate::model::vocab::position(Self::IDS, id)?).copied()
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.id())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }
    };
}

pub(crate) use vocabulary;

/// Where `id` is in `ids`: one function shared by every vocabulary's `from_id`.
pub(crate) fn position(ids: &[&str], id: &str) -> Option<usize> {
    ids.iter().position(|candidate| *candidate == id)
}
