//! Techniques (docs/rules.md, "Techniques"): when each is unsuitable, and the indications that
//! score it. Like the rules, this is one static table printed in docs/rules.md.
//!
//! The rules name only T_SWEDISH_BASE; the other indication ids (T_…) and the ids of the
//! timing exclusions (X_…) are ours, so that every suggestion and every "avoid" entry can
//! point at one line of the table.

use super::cond::Cond::{self, *};
use crate::model::vocab::vocabulary;
use crate::model::{Goal, Onset, Quality, Question, Region as R};

vocabulary! {
    /// A massage technique, in the spec's order (ties in scoring follow it).
    pub enum Technique {
        Swedish = "swedish",
        DeepTissue = "deep_tissue",
        MyofascialRelease = "myofascial_release",
        TriggerPoint = "trigger_point",
        Neuromuscular = "neuromuscular",
        Thai = "thai",
        ShiatsuAcupressure = "shiatsu_acupressure",
        Sports = "sports",
        Prenatal = "prenatal",
    }
}

vocabulary! {
    /// An indication of the technique table (T_… id): one point for the technique when it
    /// holds, and one reason the advice gives for suggesting it.
    pub enum Indication as named {
        T_SWEDISH_BASE,
        T_SWEDISH_RELAXATION,
        T_SWEDISH_RECENT,
        T_SWEDISH_PRESSURE_PRECAUTION,
        T_DEEP_TISSUE_LONGSTANDING,
        T_MYOFASCIAL_RELEASE_STIFFNESS,
        T_MYOFASCIAL_RELEASE_MOBILITY,
        T_MYOFASCIAL_RELEASE_CHRONIC,
        T_TRIGGER_POINT_KNOT,
        T_TRIGGER_POINT_REFERRED,
        T_NEUROMUSCULAR_SPASM,
        T_THAI_MOBILITY,
        T_THAI_STIFFNESS,
        T_SHIATSU_ACUPRESSURE_RELAXATION,
        T_SHIATSU_ACUPRESSURE_CHRONIC,
        T_SPORTS_RECOVERY,
        T_PRENATAL_PREGNANT,
    }
}

vocabulary! {
    /// Why a technique is avoided (the advice's `avoid[].rule`): a P rule that excludes it
    /// (the same id as the rule, declared by the rule in [`Excludes`](super::Excludes)) or an
    /// X_… "unsuitable when" of the technique table.
    pub enum Exclusion as named {
        P_BLEEDING,
        P_BONE,
        P_PREGNANCY,
        P_VARICOSE,
        P_REDUCED_SENSATION,
        P_ONE_LEG_TINGLING,
        P_ACUTE_MODERATE,
        P_HIGH_NOT_ACUTE,
        P_CANCER_CLEARED,
        X_DEEP_TISSUE_RECENT_OR_SEVERE,
        X_MYOFASCIAL_RELEASE_RECENT,
        X_TRIGGER_POINT_RECENT,
        X_NEUROMUSCULAR_RECENT,
        X_THAI_RECENT,
        X_SPORTS_FRESH_INJURY,
    }
}

/// A named condition of the technique table: an [`Indication`] or an [`Exclusion`].
#[derive(Debug)]
pub struct Criterion<Id> {
    pub id: Id,
    pub when: Cond,
}

#[derive(Debug)]
pub struct TechniqueRule {
    pub technique: Technique,
    /// Only for people to whom the technique applies at all (prenatal: pregnant). Not a
    /// safety exclusion, so it is not listed in `avoid`.
    pub requires: Option<Cond>,
    /// The eligibility condition under which the technique is unsafe; listed in `avoid`.
    pub unsuitable: Option<Criterion<Exclusion>>,
    pub indications: &'static [Criterion<Indication>],
}

const fn c<Id>(id: Id, when: Cond) -> Criterion<Id> {
    Criterion { id, when }
}

const fn technique(
    technique: Technique,
    unsuitable: Option<Criterion<Exclusion>>,
    indications: &'static [Criterion<Indication>],
) -> TechniqueRule {
    TechniqueRule {
        technique,
        requires: None,
        unsuitable,
        indications,
    }
}

use Exclusion as X;
use Indication as I;

/// Every technique, in vocabulary order.
pub static TECHNIQUES: &[TechniqueRule] = &[
    technique(
        Technique::Swedish,
        None,
        &[
            c(I::T_SWEDISH_BASE, All(&[])),
            c(I::T_SWEDISH_RELAXATION, Goal(Goal::Relaxation)),
            c(I::T_SWEDISH_RECENT, DaysAtMost(14)),
            c(I::T_SWEDISH_PRESSURE_PRECAUTION, PressurePrecaution),
        ],
    ),
    technique(
        Technique::DeepTissue,
        Some(c(
            X::X_DEEP_TISSUE_RECENT_OR_SEVERE,
            Any(&[DaysAtMost(42), MaxAtLeast(7)]),
        )),
        &[c(
            I::T_DEEP_TISSUE_LONGSTANDING,
            All(&[
                Any(&[Quality(Quality::Stiffness), Quality(Quality::Ache)]),
                DaysOver(42),
            ]),
        )],
    ),
    technique(
        Technique::MyofascialRelease,
        Some(c(X::X_MYOFASCIAL_RELEASE_RECENT, DaysAtMost(14))),
        &[
            c(
                I::T_MYOFASCIAL_RELEASE_STIFFNESS,
                Quality(Quality::Stiffness),
            ),
            c(I::T_MYOFASCIAL_RELEASE_MOBILITY, Goal(Goal::Mobility)),
            c(I::T_MYOFASCIAL_RELEASE_CHRONIC, DaysOver(90)),
        ],
    ),
    technique(
        Technique::TriggerPoint,
        Some(c(X::X_TRIGGER_POINT_RECENT, DaysAtMost(3))),
        &[
            c(I::T_TRIGGER_POINT_KNOT, Quality(Quality::Knot)),
            c(
                I::T_TRIGGER_POINT_REFERRED,
                All(&[
                    PainIn(&[
                        R::ShoulderBladeLeft,
                        R::ShoulderBladeRight,
                        R::UpperBackLeft,
                        R::UpperBackRight,
                    ]),
                    PainIn(&[R::ShoulderLeft, R::ShoulderRight, R::Neck]),
                ]),
            ),
        ],
    ),
    technique(
        Technique::Neuromuscular,
        Some(c(X::X_NEUROMUSCULAR_RECENT, DaysAtMost(3))),
        &[c(I::T_NEUROMUSCULAR_SPASM, Quality(Quality::Spasm))],
    ),
    technique(
        Technique::Thai,
        Some(c(X::X_THAI_RECENT, DaysAtMost(14))),
        &[
            c(I::T_THAI_MOBILITY, Goal(Goal::Mobility)),
            c(I::T_THAI_STIFFNESS, Quality(Quality::Stiffness)),
        ],
    ),
    technique(
        Technique::ShiatsuAcupressure,
        None,
        &[
            c(I::T_SHIATSU_ACUPRESSURE_RELAXATION, Goal(Goal::Relaxation)),
            c(I::T_SHIATSU_ACUPRESSURE_CHRONIC, DaysOver(90)),
        ],
    ),
    technique(
        Technique::Sports,
        Some(c(
            X::X_SPORTS_FRESH_INJURY,
            All(&[DaysAtMost(3), Onset(Onset::Sudden)]),
        )),
        &[c(I::T_SPORTS_RECOVERY, Goal(Goal::SportRecovery))],
    ),
    TechniqueRule {
        technique: Technique::Prenatal,
        requires: Some(Yes(Question::Pregnant)),
        unsuitable: None,
        indications: &[c(I::T_PRENATAL_PREGNANT, Yes(Question::Pregnant))],
    },
];
