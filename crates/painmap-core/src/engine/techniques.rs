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

/// A named condition of the technique table.
#[derive(Debug)]
pub struct Criterion {
    pub id: &'static str,
    pub when: Cond,
}

#[derive(Debug)]
pub struct TechniqueRule {
    pub technique: Technique,
    /// Only for people to whom the technique applies at all (prenatal: pregnant). Not a
    /// safety exclusion, so it is not listed in `avoid`.
    pub requires: Option<Cond>,
    /// The eligibility condition under which the technique is unsafe; listed in `avoid`.
    pub unsuitable: Option<Criterion>,
    pub indications: &'static [Criterion],
}

const fn c(id: &'static str, when: Cond) -> Criterion {
    Criterion { id, when }
}

const fn technique(
    technique: Technique,
    unsuitable: Option<Criterion>,
    indications: &'static [Criterion],
) -> TechniqueRule {
    TechniqueRule {
        technique,
        requires: None,
        unsuitable,
        indications,
    }
}

/// Every technique, in vocabulary order.
pub static TECHNIQUES: &[TechniqueRule] = &[
    technique(
        Technique::Swedish,
        None,
        &[
            c("T_SWEDISH_BASE", All(&[])),
            c("T_SWEDISH_RELAXATION", Goal(Goal::Relaxation)),
            c("T_SWEDISH_RECENT", DaysAtMost(14)),
            c("T_SWEDISH_PRESSURE_PRECAUTION", PressurePrecaution),
        ],
    ),
    technique(
        Technique::DeepTissue,
        Some(c(
            "X_DEEP_TISSUE_RECENT_OR_SEVERE",
            Any(&[DaysAtMost(42), MaxAtLeast(7)]),
        )),
        &[c(
            "T_DEEP_TISSUE_LONGSTANDING",
            All(&[
                Any(&[Quality(Quality::Stiffness), Quality(Quality::Ache)]),
                DaysOver(42),
            ]),
        )],
    ),
    technique(
        Technique::MyofascialRelease,
        Some(c("X_MYOFASCIAL_RELEASE_RECENT", DaysAtMost(14))),
        &[
            c(
                "T_MYOFASCIAL_RELEASE_STIFFNESS",
                Quality(Quality::Stiffness),
            ),
            c("T_MYOFASCIAL_RELEASE_MOBILITY", Goal(Goal::Mobility)),
            c("T_MYOFASCIAL_RELEASE_CHRONIC", DaysOver(90)),
        ],
    ),
    technique(
        Technique::TriggerPoint,
        Some(c("X_TRIGGER_POINT_RECENT", DaysAtMost(3))),
        &[
            c("T_TRIGGER_POINT_KNOT", Quality(Quality::Knot)),
            c(
                "T_TRIGGER_POINT_REFERRED",
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
        Some(c("X_NEUROMUSCULAR_RECENT", DaysAtMost(3))),
        &[c("T_NEUROMUSCULAR_SPASM", Quality(Quality::Spasm))],
    ),
    technique(
        Technique::Thai,
        Some(c("X_THAI_RECENT", DaysAtMost(14))),
        &[
            c("T_THAI_MOBILITY", Goal(Goal::Mobility)),
            c("T_THAI_STIFFNESS", Quality(Quality::Stiffness)),
        ],
    ),
    technique(
        Technique::ShiatsuAcupressure,
        None,
        &[
            c("T_SHIATSU_ACUPRESSURE_RELAXATION", Goal(Goal::Relaxation)),
            c("T_SHIATSU_ACUPRESSURE_CHRONIC", DaysOver(90)),
        ],
    ),
    technique(
        Technique::Sports,
        Some(c(
            "X_SPORTS_FRESH_INJURY",
            All(&[DaysAtMost(3), Onset(Onset::Sudden)]),
        )),
        &[c("T_SPORTS_RECOVERY", Goal(Goal::SportRecovery))],
    ),
    TechniqueRule {
        technique: Technique::Prenatal,
        requires: Some(Yes(Question::Pregnant)),
        unsuitable: None,
        indications: &[c("T_PRENATAL_PREGNANT", Yes(Question::Pregnant))],
    },
];
