//! The rule registry: every rule of the clinical rules (version 2), in one static table.
//!
//! Each rule carries its spec id, level, urgency, condition (from which the fields it reads
//! are derived), sources, precautions and technique exclusions; a plain-language summary for
//! the docs sits next to each rule but is stored apart from it. The order is the spec's order;
//! the engine relies on it for the order of reasons and precautions, and on earlier rules
//! coming first for `NotFired`.

use std::fmt;

use serde::{Serialize, Serializer};

use super::cond::Cond::{self, *};
use super::json::Out;
use super::{Exclusion, Technique};
use crate::model::vocab::vocabulary;
use crate::model::{Answer, Onset, Question as Q, Region as R};

vocabulary! {
    /// Triage level, least urgent first so that `max` is the most urgent.
    pub enum Level {
        MassageOk = "massage_ok",
        MassageWithPrecautions = "massage_with_precautions",
        DoctorFirst = "doctor_first",
        Emergency = "emergency",
    }
}

vocabulary! {
    /// How soon, least urgent first so that `max` is the most urgent.
    pub enum Urgency {
        Routine = "routine",
        WithinDays = "within_days",
        SameDay = "same_day",
        Immediate = "immediate",
    }
}

vocabulary! {
    /// A rule's id, in the registry's order (one rule each; a test holds them together). The
    /// advice names rules by these; the catalogs match on them, so a rule without words does
    /// not compile.
    pub enum RuleId as named {
        E_CES_SADDLE,
        E_CES_SPHINCTER,
        E_BILATERAL_LEG,
        E_LEG_WEAKNESS,
        E_CHEST,
        E_TRAUMA,
        E_TEARING,
        E_KNOWN_AAA,
        E_POSSIBLE_AAA,
        E_COLLAPSE,
        E_SPINAL_INFECTION,
        E_NECK,
        U_UNSURE_EMERGENCY,
        D_FEVER,
        D_KIDNEY,
        D_PREGNANT_URINARY,
        D_PREGNANCY_WARNING,
        D_CANCER_SPINE,
        D_OLDER_SUDDEN,
        D_BLEED_SUDDEN,
        D_LUMP,
        D_MINOR_TRAUMA_FRAGILE,
        D_WEIGHT_LOSS,
        D_NIGHT_PAIN,
        D_COUGH_SNEEZE,
        D_IVDU,
        D_NEW_THORACIC,
        D_CALF_SWELLING_NOW,
        D_CANCER_HISTORY,
        D_URINARY,
        D_KNOWN_AAA_BACK,
        D_UNDER_16,
        D_PAST_TRAUMA,
        D_MINOR_TRAUMA,
        D_IMMUNOSUPPRESSED,
        D_FRAGILITY_FRACTURE,
        D_ACUTE_INTENSE,
        D_PROGRESSIVE,
        D_AGE50_NEW,
        D_CHRONIC_SEVERE,
        D_INFLAMMATORY,
        D_CLOT_HISTORY,
        D_KNOWN_AAA,
        D_RECENT_FRACTURE,
        D_CANCER_TREATMENT,
        D_PERSISTENT_LEG,
        D_RECENT_SURGERY,
        D_UNCONTROLLED_BP,
        D_PREGNANCY_COMPLICATION,
        D_NO_IMPROVEMENT,
        U_INCOMPLETE_SCREEN,
        P_BLEEDING,
        P_BONE,
        P_PREGNANCY,
        P_SKIN,
        P_VARICOSE,
        P_REDUCED_SENSATION,
        P_ONE_LEG_TINGLING,
        P_ACUTE_MODERATE,
        P_HIGH_NOT_ACUTE,
        P_CANCER_CLEARED,
    }
}

/// A precaution code (docs/rules.md, "Precaution codes"); serialised as its code string
/// (`avoid_area:calf_left`, `tell_therapist:anticoagulants`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Precaution {
    PressureLight,
    PressureGentle,
    NoForcefulStretching,
    AvoidAffectedSkin,
    AvoidArea(R),
    PrenatalTrainedTherapist,
    OncologyTrainedTherapist,
    NoAbdominalWork,
    /// Only from week 13 of pregnancy, or when the week is unknown (the cautious reading).
    SideLyingPositioning,
    StopIfSymptomsWorsen,
    /// Only added when the question reads yes: P_BLEEDING names the flags that are present.
    TellTherapist(Q),
}

impl Precaution {
    /// The code as a prefix and an id (`("avoid_area:", "calf_left")`), so that it can be
    /// written without formatting machinery.
    pub fn parts(self) -> (&'static str, &'static str) {
        match self {
            Precaution::PressureLight => ("", "pressure_light"),
            Precaution::PressureGentle => ("", "pressure_gentle"),
            Precaution::NoForcefulStretching => ("", "no_forceful_stretching"),
            Precaution::AvoidAffectedSkin => ("", "avoid_affected_skin"),
            Precaution::AvoidArea(region) => ("avoid_area:", region.id()),
            Precaution::PrenatalTrainedTherapist => ("", "prenatal_trained_therapist"),
            Precaution::OncologyTrainedTherapist => ("", "oncology_trained_therapist"),
            Precaution::NoAbdominalWork => ("", "no_abdominal_work"),
            Precaution::SideLyingPositioning => ("", "side_lying_positioning"),
            Precaution::StopIfSymptomsWorsen => ("", "stop_if_symptoms_worsen"),
            Precaution::TellTherapist(question) => ("tell_therapist:", question.id()),
        }
    }
}

impl fmt::Display for Precaution {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (prefix, id) = self.parts();
        f.write_str(prefix)?;
        f.write_str(id)
    }
}

impl Serialize for Precaution {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Out::Text(self.parts()).serialize(serializer)
    }
}

/// Which `unsure` answers turn an emergency rule into U_UNSURE_EMERGENCY (doctor first,
/// same day) when the rule holds only because of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Soften {
    /// Any `unsure` answer.
    Any,
    /// Only an `unsure` answer to this question: for E_KNOWN_AAA, doubt about the diagnosis
    /// softens, doubt about a symptom does not.
    Only(Q),
    /// Never: the heart and aorta rules, where "even if you are not sure, call"
    /// (AHA_HEART_ATTACK).
    Never,
}

/// A technique a rule excludes except in one situation (P_ACUTE_MODERATE spares sports
/// massage for exercise soreness).
#[derive(Debug)]
pub struct Spare {
    pub technique: Technique,
    pub when: Cond,
}

/// The techniques a P rule excludes, and the [`Exclusion`] the advice names for them: declared
/// together, so that no rule can exclude a technique without a reason that has words.
#[derive(Debug)]
pub struct Excludes {
    pub because: Exclusion,
    pub techniques: &'static [Technique],
}

/// One rule of the registry.
#[derive(Debug)]
pub struct Rule {
    pub id: RuleId,
    pub level: Level,
    pub urgency: Option<Urgency>,
    pub when: Cond,
    pub sources: &'static [&'static str],
    pub precautions: &'static [Precaution],
    pub excludes: Option<Excludes>,
    /// Emergency rules only.
    pub soften: Soften,
    pub spares: Option<Spare>,
}

impl Rule {
    /// The plain-language summary printed in the docs.
    pub fn summary(&self) -> &'static str {
        let index = RULES.iter().position(|rule| rule.id == self.id);
        index
            .and_then(|index| SUMMARIES.get(index))
            .copied()
            .unwrap_or("")
    }

    /// The techniques the rule excludes (none for most).
    pub fn excluded(&self) -> &'static [Technique] {
        self.excludes
            .as_ref()
            .map_or(&[], |excludes| excludes.techniques)
    }

    /// The input fields the rule reads, derived from its condition.
    pub fn fields(&self) -> Vec<String> {
        let mut fields = Vec::new();
        self.when.reads(&mut fields);
        fields
    }
}

const fn emergency(id: RuleId, when: Cond, sources: &'static [&'static str]) -> Rule {
    softened_on(id, Soften::Any, when, sources)
}

/// An emergency rule with its own softening (heart and aorta).
const fn softened_on(
    id: RuleId,
    soften: Soften,
    when: Cond,
    sources: &'static [&'static str],
) -> Rule {
    Rule {
        id,
        level: Level::Emergency,
        urgency: Some(Urgency::Immediate),
        when,
        sources,
        precautions: &[],
        excludes: None,
        soften,
        spares: None,
    }
}

const fn doctor(
    id: RuleId,
    urgency: Urgency,
    when: Cond,
    sources: &'static [&'static str],
) -> Rule {
    Rule {
        id,
        level: Level::DoctorFirst,
        urgency: Some(urgency),
        when,
        sources,
        precautions: &[],
        excludes: None,
        soften: Soften::Any,
        spares: None,
    }
}

const fn precaution(
    id: RuleId,
    when: Cond,
    precautions: &'static [Precaution],
    excludes: Option<Excludes>,
    sources: &'static [&'static str],
) -> Rule {
    Rule {
        id,
        level: Level::MassageWithPrecautions,
        urgency: None,
        when,
        sources,
        precautions,
        excludes,
        soften: Soften::Any,
        spares: None,
    }
}

/// What a P rule excludes, and why.
const fn excluding(because: Exclusion, techniques: &'static [Technique]) -> Option<Excludes> {
    Some(Excludes {
        because,
        techniques,
    })
}

use Exclusion as X;
use Precaution as P;
use RuleId::*;
use Technique as T;
use Urgency::*;

const FIRM: &[Technique] = &[
    T::DeepTissue,
    T::TriggerPoint,
    T::Neuromuscular,
    T::Thai,
    T::Sports,
];
const BACK_SIDES: &[R] = &[
    R::MidBackLeft,
    R::MidBackRight,
    R::LowerBackLeft,
    R::LowerBackRight,
];
/// The back below the shoulder blades, where an aortic aneurysm's pain is felt.
const AORTA_BACK: &[R] = &[
    R::SpineThoracic,
    R::MidBackLeft,
    R::MidBackRight,
    R::SpineLumbar,
    R::LowerBackLeft,
    R::LowerBackRight,
    R::Sacrum,
];
/// Where exercise soreness in the legs is felt.
const EXERCISE_LEGS: &[R] = &[
    R::ButtockLeft,
    R::ButtockRight,
    R::ThighBackLeft,
    R::ThighBackRight,
    R::CalfLeft,
    R::CalfRight,
];
const AAA_BACK_PAIN: Cond = PainIn(AORTA_BACK);

/// Declares [`RULES`] and, in the same order, their summaries. The summaries are only read by
/// the docs; kept in their own table, they stay out of the wasm (about 3 KB of prose).
macro_rules! registry {
    ($($rule:expr => $summary:expr,)+) => {
        /// Every rule, in the spec's order: emergency, the softening, doctor first, precautions.
        pub static RULES: &[Rule] = &[$($rule,)+];

        static SUMMARIES: &[&str] = &[$($summary,)+];
    };
}

registry! {
    emergency(E_CES_SADDLE, Yes(Q::SaddleNumbness), &["NHS_BACK_PAIN", "BASS_CES", "NICE_NG59"]) =>
        "New numbness around the genitals, bottom or inner thighs, or new trouble with erections, can mean cauda equina syndrome: emergency.",
    emergency(E_CES_SPHINCTER, Yes(Q::BladderOrBowelChange), &["NHS_BACK_PAIN", "BASS_CES", "NICE_NG59"]) =>
        "New bladder or bowel trouble can mean cauda equina syndrome: emergency.",
    emergency(E_BILATERAL_LEG, Yes(Q::BilateralLegSymptoms), &["NHS_BACK_PAIN", "BASS_CES"]) =>
        "Symptoms in both legs can mean compression of the nerve roots: emergency.",
    emergency(E_LEG_WEAKNESS, Yes(Q::LegWeakness), &["CKS_RED_FLAGS", "ACP_2007"]) =>
        "A newly weak leg or dropped foot: pathways say same day, kept at emergency for safety [J].",
    softened_on(E_CHEST, Soften::Never, Yes(Q::ChestPainOrBreathlessness), &["NHS_BACK_PAIN", "AHA_HEART_ATTACK"]) =>
        "Chest pain or breathlessness with back pain can be a heart attack: emergency, even when unsure.",
    emergency(E_TRAUMA, All(&[Yes(Q::RecentTrauma), DaysAtMost(42)]), &["NHS_BACK_PAIN", "DOWNIE_2013"]) =>
        "Pain within six weeks of a serious accident (a car crash, a fall from a height) may be a fracture: emergency.",
    softened_on(E_TEARING, Soften::Never, Yes(Q::TearingOrRippingPain), &["AHA_HEART_ATTACK"]) =>
        "Sudden tearing pain can be an aortic dissection: emergency, even when unsure.",
    softened_on(
        E_KNOWN_AAA,
        Soften::Only(Q::KnownAorticAneurysm),
        All(&[
            Yes(Q::KnownAorticAneurysm),
            AAA_BACK_PAIN,
            Any(&[
                Yes(Q::AbdominalPain),
                Yes(Q::FeelingFaintSweatyOrNauseous),
                All(&[
                    DaysAtMost(14),
                    Any(&[
                        Onset(Onset::Sudden),
                        All(&[MaxAtLeast(7), Not(Q::SimilarPainBefore)]),
                    ]),
                ]),
            ]),
        ]),
        &["NHS_AAA", "AAA_RACGP", "WERNER"],
    ) => "Back pain with a known aortic aneurysm and a sign of a leak (tummy pain, feeling faint, or new sudden or severe pain): emergency [J].",
    softened_on(
        E_POSSIBLE_AAA,
        Soften::Never,
        All(&[
            Yes(Q::AbdominalPain),
            AgeAtLeast(50),
            Onset(Onset::Sudden),
            Any(&[MaxAtLeast(7), Yes(Q::FeelingFaintSweatyOrNauseous)]),
        ]),
        &["AAA_BMJ_BP"],
    ) => "Sudden severe back and tummy pain at 50 or over may be an aortic aneurysm: emergency [J].",
    softened_on(E_COLLAPSE, Soften::Never, All(&[Yes(Q::FeelingFaintSweatyOrNauseous), Onset(Onset::Sudden)]), &["AHA_HEART_ATTACK"]) =>
        "Sudden pain with feeling faint, sweaty or sick can be a heart attack or a bleed: emergency [J].",
    emergency(
        E_SPINAL_INFECTION,
        All(&[
            Yes(Q::Fever),
            Any(&[Yes(Q::IvDrugUse), Yes(Q::Immunosuppressed), Yes(Q::RecentSurgery), Yes(Q::CancerTreatmentNow)]),
        ]),
        &["FINUCANE_2020", "NHS_BACK_PAIN"],
    ) => "A fever with a raised risk of infection (injecting drugs, weak immunity, recent surgery, cancer treatment) may be a spinal infection: emergency [J].",
    emergency(E_NECK, Yes(Q::NeckWarningSigns), &["CAD_RCEM", "FINUCANE_2020"]) =>
        "Neck pain with a sudden severe headache, nerve signs or a fever with a stiff neck may be a torn neck artery or meningitis: emergency.",
    Rule {
        id: U_UNSURE_EMERGENCY,
        level: Level::DoctorFirst,
        urgency: Some(SameDay),
        when: UnsureEmergency,
        sources: &[],
        precautions: &[],
        excludes: None,
        soften: Soften::Any,
        spares: None,
    } => "An emergency sign the person was unsure about: see a doctor today, and call the emergency number if it becomes definite (the advice names the question and the emergency rule, and carries that rule's sources). Never for E_CHEST, E_TEARING, E_COLLAPSE, E_POSSIBLE_AAA, nor for E_KNOWN_AAA unless the doubt is about the aneurysm itself.",
    doctor(D_FEVER, SameDay, Yes(Q::Fever), &["NHS_BACK_PAIN", "WERNER"]) =>
        "Back pain with a fever may be an infection; no massage with a fever.",
    doctor(D_KIDNEY, SameDay, All(&[Yes(Q::UrinarySymptoms), PainIn(BACK_SIDES)]), &["NHS_KIDNEY_INFECTION"]) =>
        "Side or low-back pain with urinary symptoms may be a kidney infection [J].",
    doctor(D_PREGNANT_URINARY, SameDay, All(&[Yes(Q::Pregnant), Yes(Q::UrinarySymptoms)]), &["NHS_KIDNEY_INFECTION"]) =>
        "Urinary symptoms in pregnancy need checking the same day.",
    doctor(D_PREGNANCY_WARNING, SameDay, All(&[Yes(Q::Pregnant), Yes(Q::PregnancyWarningSigns)]), &["NHS_PREGNANCY_URGENT"]) =>
        "A warning sign in pregnancy: contact the maternity unit or midwife now.",
    doctor(
        D_CANCER_SPINE,
        SameDay,
        All(&[
            Yes(Q::HistoryOfCancer),
            Not(Q::SeenDoctorForThisPain),
            Any(&[
                RegionAtLeast(R::SpineCervical, 1),
                RegionAtLeast(R::SpineThoracic, 1),
                Yes(Q::NightPainUnrelievedByRest),
                Yes(Q::PainWorseCoughingSneezing),
                Yes(Q::PainGettingProgressivelyWorse),
                Yes(Q::LegNumbnessOrTingling),
            ]),
        ]),
        &["NICE_NG234", "DOWNIE_2013"],
    ) => "Past cancer with spinal pain, night pain, pain worse on coughing, worsening pain or leg symptoms may be a spread to the spine.",
    doctor(
        D_OLDER_SUDDEN,
        SameDay,
        All(&[AgeAtLeast(65), Onset(Onset::Sudden), MaxAtLeast(7), DaysAtMost(3), Not(Q::SimilarPainBefore)]),
        &["AAA_BMJ_BP", "NHS_AAA"],
    ) => "New, sudden, severe pain at 65 or over: an aneurysm can leak without tummy pain [J].",
    doctor(
        D_BLEED_SUDDEN,
        SameDay,
        All(&[
            Any(&[Yes(Q::Anticoagulants), Yes(Q::BleedingDisorder)]),
            Onset(Onset::Sudden),
            MaxAtLeast(7),
            DaysAtMost(3),
        ]),
        &["WERNER"],
    ) => "Sudden severe pain on blood thinners or with a bleeding disorder may be bleeding into a muscle or around the spine [J].",
    doctor(D_LUMP, SameDay, Yes(Q::BackLumpOrDeformity), &["NHS_BACK_PAIN"]) =>
        "A new lump or swelling on the back, or a change in its shape, needs checking.",
    doctor(
        D_MINOR_TRAUMA_FRAGILE,
        SameDay,
        All(&[
            Yes(Q::MinorFallOrBlow),
            DaysAtMost(42),
            Any(&[AgeAtLeast(50), Yes(Q::Osteoporosis), Yes(Q::LongTermSteroids)]),
        ]),
        &["DOWNIE_2013", "HENSCHKE_2009"],
    ) => "A minor fall or knock at 50 or over, or with thin bones, can break a vertebra [J].",
    doctor(D_WEIGHT_LOSS, SameDay, Yes(Q::UnexplainedWeightLoss), &["NHS_BACK_PAIN", "ACP_2007"]) =>
        "Unexplained weight loss with back pain needs checking for a serious cause.",
    doctor(D_NIGHT_PAIN, SameDay, Yes(Q::NightPainUnrelievedByRest), &["NHS_BACK_PAIN"]) =>
        "Night pain that rest does not ease needs checking for a serious cause.",
    doctor(D_COUGH_SNEEZE, SameDay, Yes(Q::PainWorseCoughingSneezing), &["NHS_BACK_PAIN"]) =>
        "Pain much worse on coughing or sneezing needs a doctor's look.",
    doctor(D_IVDU, SameDay, Yes(Q::IvDrugUse), &["CKS_RED_FLAGS"]) =>
        "Injecting drugs raises the risk of a spinal infection [J].",
    doctor(
        D_NEW_THORACIC,
        SameDay,
        All(&[RegionAtLeast(R::SpineThoracic, 5), Not(Q::SimilarPainBefore), DaysAtMost(90)]),
        &["NHS_BACK_PAIN"],
    ) => "New, marked pain over the mid-back spine needs checking [J].",
    doctor(D_CALF_SWELLING_NOW, SameDay, Yes(Q::CalfSwellingNow), &["WERNER", "NCCIH_MASSAGE"]) =>
        "A swollen, warm or red calf, or an unexplained calf pain, may be a blood clot: massage could move it.",
    doctor(D_CANCER_HISTORY, WithinDays, All(&[Yes(Q::HistoryOfCancer), Not(Q::SeenDoctorForThisPain)]),
        &["CKS_RED_FLAGS", "DOWNIE_2013"]) =>
        "New back pain after cancer should be assessed before massage.",
    doctor(D_URINARY, WithinDays, All(&[Yes(Q::UrinarySymptoms), NotFired(D_KIDNEY)]), &["NHS_KIDNEY_INFECTION"]) =>
        "Urinary symptoms without side or low-back pain still need a doctor's look [J].",
    doctor(D_KNOWN_AAA_BACK, WithinDays, All(&[Yes(Q::KnownAorticAneurysm), AAA_BACK_PAIN, NotFired(E_KNOWN_AAA)]),
        &["NHS_AAA", "AAA_RACGP"]) =>
        "Back pain with a known aortic aneurysm and no sign of a leak: tell the aneurysm team about this back pain [J].",
    doctor(D_UNDER_16, WithinDays, AgeUnder(16), &["NICE_NG59"]) =>
        "Back pain in a child or young teenager has other causes than in adults: see a doctor first [J].",
    doctor(
        D_PAST_TRAUMA,
        WithinDays,
        All(&[Yes(Q::RecentTrauma), DaysOver(42), Not(Q::SeenDoctorForThisPain)]),
        &["NHS_BACK_PAIN", "DOWNIE_2013"],
    ) => "Pain since a serious accident more than six weeks ago that no one has assessed.",
    doctor(
        D_MINOR_TRAUMA,
        WithinDays,
        All(&[Yes(Q::MinorFallOrBlow), DaysAtMost(42), NotFired(D_MINOR_TRAUMA_FRAGILE)]),
        &["NHS_BACK_PAIN"],
    ) => "Pain after a minor fall, slip or knock: have it checked before massage [J].",
    doctor(D_IMMUNOSUPPRESSED, WithinDays, Yes(Q::Immunosuppressed), &["CKS_RED_FLAGS"]) =>
        "A weakened immune system raises the risk of a spinal infection [J].",
    doctor(
        D_FRAGILITY_FRACTURE,
        WithinDays,
        All(&[Any(&[Yes(Q::Osteoporosis), Yes(Q::LongTermSteroids)]), Onset(Onset::Sudden), DaysAtMost(42)]),
        &["DOWNIE_2013", "HENSCHKE_2009"],
    ) => "Sudden pain with thin bones or long-term steroids may be a fracture [J].",
    doctor(
        D_ACUTE_INTENSE,
        WithinDays,
        All(&[MaxAtLeast(8), DaysAtMost(14), Not(Q::SeenDoctorForThisPain)]),
        &["NHS_BACK_PAIN", "WERNER"],
    ) => "Severe new pain not yet assessed should be seen by a doctor first [J].",
    doctor(D_PROGRESSIVE, WithinDays, Yes(Q::PainGettingProgressivelyWorse), &["NHS_BACK_PAIN"]) =>
        "Pain that keeps getting worse needs a doctor's look.",
    doctor(
        D_AGE50_NEW,
        Routine,
        All(&[AgeAtLeast(50), Not(Q::SimilarPainBefore), DaysAtMost(90), Not(Q::SeenDoctorForThisPain)]),
        &["ACP_2007", "HENSCHKE_2009"],
    ) => "A first episode of back pain at 50 or over should be assessed [J].",
    doctor(
        D_CHRONIC_SEVERE,
        Routine,
        All(&[MaxAtLeast(8), DaysOver(14), Not(Q::SeenDoctorForThisPain)]),
        &["NHS_BACK_PAIN"],
    ) => "Severe pain for over two weeks that no one has assessed [J].",
    doctor(
        D_INFLAMMATORY,
        Routine,
        All(&[
            Yes(Q::MorningStiffnessOver30Min),
            DaysOver(90),
            Any(&[AgeUnder(45), Yes(Q::BackPainBeganBefore45)]),
            Not(Q::SeenDoctorForThisPain),
        ]),
        &["NICE_NG65"],
    ) => "Long morning stiffness in back pain that began before 45 may be inflammatory (spondyloarthritis).",
    doctor(D_CLOT_HISTORY, Routine, All(&[Yes(Q::BloodClotHistory), Is(Q::CalfSwellingNow, Answer::No)]), &["WERNER"]) =>
        "A past blood clot: check with a doctor before massage.",
    doctor(
        D_KNOWN_AAA,
        Routine,
        All(&[Yes(Q::KnownAorticAneurysm), NotFired(E_KNOWN_AAA), NotFired(D_KNOWN_AAA_BACK)]),
        &["NHS_AAA", "WERNER"],
    ) => "A known aortic aneurysm: ask the doctor or aneurysm team before massage; no abdominal work.",
    doctor(D_RECENT_FRACTURE, Routine, Yes(Q::RecentFracture), &["WERNER"]) =>
        "A broken bone in the last 3 months: check with a doctor before massage.",
    doctor(D_CANCER_TREATMENT, Routine, Yes(Q::CancerTreatmentNow), &["S4OM", "WERNER"]) =>
        "Cancer treatment now: ask the cancer team first; choose an oncology-trained therapist.",
    doctor(
        D_PERSISTENT_LEG,
        Routine,
        All(&[Yes(Q::LegNumbnessOrTingling), DaysOver(42), Not(Q::SeenDoctorForThisPain)]),
        &["NICE_NG59"],
    ) => "Numbness or tingling in one leg for over six weeks that no one has assessed.",
    doctor(D_RECENT_SURGERY, Routine, Yes(Q::RecentSurgery), &["WERNER"]) =>
        "An operation in the last 6 weeks: check with the surgeon before massage.",
    doctor(D_UNCONTROLLED_BP, Routine, Yes(Q::UncontrolledHighBloodPressure), &["WERNER"]) =>
        "Uncontrolled high blood pressure: get it checked before massage.",
    doctor(D_PREGNANCY_COMPLICATION, Routine, All(&[Yes(Q::Pregnant), Yes(Q::PregnancyComplications)]),
        &["PREG_MUELLER_2021"]) =>
        "A complicated pregnancy: ask the midwife or doctor before massage.",
    doctor(
        D_NO_IMPROVEMENT,
        Routine,
        All(&[
            SessionsAtLeast(2),
            Any(&[ImprovedAfterMassage(Answer::No), ImprovedAfterMassage(Answer::Unsure)]),
        ]),
        &["NHS_BACK_PAIN", "WERNER"],
    ) => "Two or more sessions without clear improvement: try another treatment and have it assessed.",
    doctor(U_INCOMPLETE_SCREEN, Routine, IncompleteScreen, &["SEMIGRAN_2015"]) =>
        "The safety check is not finished: finish it, or ask a doctor or physiotherapist first (the advice names the questions).",
    precaution(
        P_BLEEDING,
        Any(&[Yes(Q::Anticoagulants), Yes(Q::BleedingDisorder)]),
        &[P::PressureLight, P::TellTherapist(Q::Anticoagulants), P::TellTherapist(Q::BleedingDisorder)],
        excluding(X::P_BLEEDING, FIRM),
        &["NCCIH_MASSAGE", "MAYO_MASSAGE"],
    ) => "Blood thinners or a bleeding disorder bruise easily: light pressure only.",
    precaution(
        P_BONE,
        All(&[Any(&[Yes(Q::Osteoporosis), Yes(Q::LongTermSteroids)]), NotFired(D_FRAGILITY_FRACTURE)]),
        &[P::PressureLight, P::NoForcefulStretching, P::TellTherapist(Q::Osteoporosis), P::TellTherapist(Q::LongTermSteroids)],
        excluding(X::P_BONE, FIRM),
        &["WERNER", "MAYO_MASSAGE"],
    ) => "Thin bones (osteoporosis or long-term steroids): light pressure, no forceful stretching.",
    precaution(
        P_PREGNANCY,
        All(&[
            Yes(Q::Pregnant),
            Is(Q::PregnancyComplications, Answer::No),
            Is(Q::PregnancyWarningSigns, Answer::No),
        ]),
        &[P::PrenatalTrainedTherapist, P::PressureGentle, P::NoAbdominalWork, P::SideLyingPositioning, P::TellTherapist(Q::Pregnant)],
        excluding(X::P_PREGNANCY, &[T::Swedish, T::DeepTissue, T::MyofascialRelease, T::TriggerPoint, T::Neuromuscular, T::Thai, T::ShiatsuAcupressure, T::Sports]),
        &["PREG_MUELLER_2021", "NCCIH_MASSAGE"],
    ) => "Pregnancy without complications or warning signs: prenatal massage only, by a trained therapist; side-lying from week 13.",
    precaution(
        P_SKIN,
        Yes(Q::SkinConditionOnBack),
        &[P::AvoidAffectedSkin, P::TellTherapist(Q::SkinConditionOnBack)],
        None,
        &["MAYO_MASSAGE", "NCCIH_MASSAGE"],
    ) => "A wound, rash, burn, infection or fresh tattoo: keep off the affected skin.",
    precaution(
        P_VARICOSE,
        Yes(Q::VaricoseVeins),
        &[
            P::AvoidArea(R::CalfLeft),
            P::AvoidArea(R::CalfRight),
            P::AvoidArea(R::ThighBackLeft),
            P::AvoidArea(R::ThighBackRight),
            P::TellTherapist(Q::VaricoseVeins),
        ],
        excluding(X::P_VARICOSE, &[T::DeepTissue, T::Thai, T::Sports]),
        &["WERNER"],
    ) => "Varicose veins: no massage on the calves or the backs of the thighs, no firm leg work.",
    precaution(
        P_REDUCED_SENSATION,
        Yes(Q::ReducedSensationOrDiabeticNeuropathy),
        &[P::PressureGentle, P::TellTherapist(Q::ReducedSensationOrDiabeticNeuropathy)],
        excluding(X::P_REDUCED_SENSATION, &[T::DeepTissue]),
        &["WERNER", "NCCIH_MASSAGE"],
    ) => "Reduced feeling cannot warn of too much pressure: gentle pressure only.",
    precaution(
        P_ONE_LEG_TINGLING,
        Yes(Q::LegNumbnessOrTingling),
        &[P::PressureGentle, P::StopIfSymptomsWorsen, P::TellTherapist(Q::LegNumbnessOrTingling)],
        excluding(X::P_ONE_LEG_TINGLING, &[T::DeepTissue, T::Thai, T::Sports]),
        &["NHS_SCIATICA", "NICE_NG59"],
    ) => "Tingling in one leg (an irritated nerve): gentle pressure, stop if it gets worse.",
    Rule {
        spares: Some(Spare {
            technique: T::Sports,
            when: All(&[Goal(crate::model::Goal::SportRecovery), Onset(Onset::Gradual), OnlyPainIn(EXERCISE_LEGS)]),
        }),
        ..precaution(
            P_ACUTE_MODERATE,
            All(&[MaxWithin(5, 7), DaysAtMost(14)]),
            &[P::PressureGentle, P::StopIfSymptomsWorsen],
            excluding(X::P_ACUTE_MODERATE, FIRM),
            &["NCCIH_MASSAGE", "FURLAN_2015", "GUO_2017"],
        )
    } => "Moderate-to-severe new pain: gentle pressure, stop if it gets worse; sports massage only for exercise soreness in the legs [J].",
    precaution(
        P_HIGH_NOT_ACUTE,
        Any(&[All(&[MaxWithin(7, 7), DaysOver(14)]), All(&[MaxAtLeast(8), Yes(Q::SeenDoctorForThisPain)])]),
        &[P::PressureGentle],
        excluding(X::P_HIGH_NOT_ACUTE, &[T::DeepTissue, T::Thai]),
        &["NCCIH_MASSAGE", "FURLAN_2015"],
    ) => "Severe pain that is not new, or that a doctor has assessed: gentle pressure.",
    precaution(
        P_CANCER_CLEARED,
        All(&[Yes(Q::HistoryOfCancer), Yes(Q::SeenDoctorForThisPain)]),
        &[P::OncologyTrainedTherapist, P::PressureGentle, P::TellTherapist(Q::HistoryOfCancer)],
        excluding(X::P_CANCER_CLEARED, &[T::DeepTissue, T::Thai]),
        &["S4OM", "WERNER"],
    ) => "Past cancer, pain assessed by a doctor: an oncology-trained therapist, gentle pressure.",
}

/// The citations of every source a rule names, for the docs and the advice's "Sources".
pub static SOURCES: &[(&str, &str)] = &[
    ("NICE_NG59", "NICE guideline NG59, Low back pain and sciatica in over 16s (2016, updated 2020). https://www.nice.org.uk/guidance/ng59"),
    ("NICE_NG65", "NICE guideline NG65, Spondyloarthritis in over 16s. https://www.nice.org.uk/guidance/ng65"),
    ("NHS_BACK_PAIN", "NHS, Back pain (when to get urgent help). https://www.nhs.uk/conditions/back-pain/"),
    ("NHS_KIDNEY_INFECTION", "NHS, Kidney infection. https://www.nhs.uk/conditions/kidney-infection/"),
    ("CKS_RED_FLAGS", "NICE Clinical Knowledge Summaries, Sciatica / back pain: red flags. https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/"),
    ("BASS_CES", "British Association of Spine Surgeons, cauda equina syndrome standards (2018)."),
    ("ACP_2007", "Chou R et al. Diagnosis and treatment of low back pain. Ann Intern Med 2007;147:478-91."),
    ("ACP_2017", "Qaseem A et al. Noninvasive treatments for acute, subacute and chronic low back pain. Ann Intern Med 2017;166:514-30. https://doi.org/10.7326/M16-2367"),
    ("DOWNIE_2013", "Downie A et al. Red flags to screen for malignancy and fracture in low back pain. BMJ 2013;347:f7095."),
    ("HENSCHKE_2009", "Henschke N et al. Prevalence of and screening for serious spinal pathology in acute low back pain. Arthritis Rheum 2009;60:3072-80."),
    ("AHA_HEART_ATTACK", "American Heart Association, Warning signs of a heart attack. https://www.heart.org/en/health-topics/heart-attack/warning-signs-of-a-heart-attack"),
    ("AAA_BMJ_BP", "BMJ Best Practice, Abdominal aortic aneurysm."),
    ("AAA_RACGP", "Robinson D et al. Aortic aneurysms. Aust Fam Physician 2013;42(6)."),
    ("WERNER", "Werner R, A Massage Therapist's Guide to Pathology (contraindication entries: fever, DVT, aneurysm, osteoporosis, varicose veins, neuropathy, hypertension, cancer, spasm)."),
    ("NCCIH_MASSAGE", "NIH NCCIH, Massage therapy: what you need to know. https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know"),
    ("MAYO_MASSAGE", "Mayo Clinic, Massage: get in touch with its many benefits. https://www.mayoclinic.org/healthy-lifestyle/stress-management/in-depth/massage/art-20045743"),
    ("FURLAN_2015", "Furlan AD et al. Massage for low-back pain. Cochrane 2015, CD001929.pub3."),
    ("CHERKIN_2011", "Cherkin DC et al. Relaxation vs structural massage for chronic low back pain. Ann Intern Med 2011;155:1-9."),
    ("PREG_MUELLER_2021", "Mueller SM, Grunwald M. Relaxation massage during pregnancy: systematic review. J Clin Med 2021. https://pmc.ncbi.nlm.nih.gov/articles/PMC8396946"),
    ("S4OM", "Society for Oncology Massage, FAQ for therapists. https://www.s4om.org"),
    ("NICE_NG234", "NICE guideline NG234, Spinal metastases and metastatic spinal cord compression (2023). https://www.nice.org.uk/guidance/ng234"),
    ("FINUCANE_2020", "Finucane LM et al. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50(7):350-72."),
    ("CAD_RCEM", "Royal College of Emergency Medicine / ACEP: cervical artery dissection, neck pain with headache or neurological signs."),
    ("NHS_AAA", "NHS, Abdominal aortic aneurysm. https://www.nhs.uk/conditions/abdominal-aortic-aneurysm/"),
    ("NHS_PREGNANCY_URGENT", "NHS, Pregnancy: when to call your midwife or maternity unit urgently. https://www.nhs.uk/pregnancy/"),
    ("NHS_SCIATICA", "NHS, Sciatica. https://www.nhs.uk/conditions/sciatica/"),
    ("SEMIGRAN_2015", "Semigran HL et al. Evaluation of symptom checkers for self diagnosis and triage. BMJ 2015;351:h3480."),
    ("GUO_2017", "Guo J et al. Massage alleviates delayed onset muscle soreness after strenuous exercise: a systematic review and meta-analysis. Front Physiol 2017;8:747."),
];

/// The rule with this id.
pub fn rule(id: RuleId) -> Option<&'static Rule> {
    RULES.iter().find(|rule| rule.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The summaries sit in their own table, matched to the rules by position: a rule moved or
    /// added without its summary would print another rule's words in docs/rules.md.
    #[test]
    fn each_rule_has_the_summary_written_beside_it() {
        let about = [
            (E_CES_SADDLE, "numbness around the genitals"),
            (E_NECK, "Neck pain"),
            (U_UNSURE_EMERGENCY, "unsure about"),
            (D_FEVER, "fever"),
            (D_NO_IMPROVEMENT, "sessions without clear improvement"),
            (U_INCOMPLETE_SCREEN, "safety check is not finished"),
            (P_BLEEDING, "Blood thinners"),
            (P_CANCER_CLEARED, "Past cancer"),
        ];
        for (id, words) in about {
            let summary = rule(id).map_or("", Rule::summary);
            assert!(summary.contains(words), "{id}: {summary}");
        }
        let mut summaries: Vec<&str> = RULES.iter().map(Rule::summary).collect();
        assert!(summaries.iter().all(|s| s.ends_with('.')));
        summaries.sort_unstable();
        summaries.dedup();
        assert_eq!(
            summaries.len(),
            RuleId::ALL.len(),
            "each rule its own summary"
        );
    }
}
