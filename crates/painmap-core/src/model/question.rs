//! The safety questions (docs/rules.md) as data: id, screen and follow-up parent. Their
//! plain-language wording, in every language, is in the message catalog (`Msg::Question`).
//!
//! The UI walks [`Question::ALL`] screen by screen; the engine reads answers by [`Question`];
//! both stay in the spec's order so lists read the same everywhere.

use super::vocab::vocabulary;

vocabulary! {
    /// How a person answered a question.
    pub enum Answer {
        Yes = "yes",
        No = "no",
        Unsure = "unsure",
    }
}

vocabulary! {
    /// The screen of the journey a question belongs to, in the order they are shown.
    pub enum Screen {
        Emergency = "emergency",
        Doctor = "doctor",
        Precaution = "precaution",
        History = "history",
    }
}

vocabulary! {
    /// One yes / no / unsure question of the safety check.
    pub enum Question {
        SaddleNumbness = "saddle_numbness",
        BladderOrBowelChange = "bladder_or_bowel_change",
        BilateralLegSymptoms = "bilateral_leg_symptoms",
        LegWeakness = "leg_weakness",
        ChestPainOrBreathlessness = "chest_pain_or_breathlessness",
        RecentTrauma = "recent_trauma",
        TearingOrRippingPain = "tearing_or_ripping_pain",
        FeelingFaintSweatyOrNauseous = "feeling_faint_sweaty_or_nauseous",
        AbdominalPain = "abdominal_pain",
        KnownAorticAneurysm = "known_aortic_aneurysm",
        NeckWarningSigns = "neck_warning_signs",
        Fever = "fever",
        UrinarySymptoms = "urinary_symptoms",
        UnexplainedWeightLoss = "unexplained_weight_loss",
        NightPainUnrelievedByRest = "night_pain_unrelieved_by_rest",
        PainWorseCoughingSneezing = "pain_worse_coughing_sneezing",
        IvDrugUse = "iv_drug_use",
        HistoryOfCancer = "history_of_cancer",
        Immunosuppressed = "immunosuppressed",
        Osteoporosis = "osteoporosis",
        LongTermSteroids = "long_term_steroids",
        PainGettingProgressivelyWorse = "pain_getting_progressively_worse",
        MorningStiffnessOver30Min = "morning_stiffness_over_30_min",
        BackPainBeganBefore45 = "back_pain_began_before_45",
        BloodClotHistory = "blood_clot_history",
        CalfSwellingNow = "calf_swelling_now",
        MinorFallOrBlow = "minor_fall_or_blow",
        BackLumpOrDeformity = "back_lump_or_deformity",
        RecentSurgery = "recent_surgery",
        RecentFracture = "recent_fracture",
        CancerTreatmentNow = "cancer_treatment_now",
        UncontrolledHighBloodPressure = "uncontrolled_high_blood_pressure",
        Pregnant = "pregnant",
        PregnancyComplications = "pregnancy_complications",
        PregnancyWarningSigns = "pregnancy_warning_signs",
        Anticoagulants = "anticoagulants",
        BleedingDisorder = "bleeding_disorder",
        SkinConditionOnBack = "skin_condition_on_back",
        VaricoseVeins = "varicose_veins",
        ReducedSensationOrDiabeticNeuropathy = "reduced_sensation_or_diabetic_neuropathy",
        LegNumbnessOrTingling = "leg_numbness_or_tingling",
        SimilarPainBefore = "similar_pain_before",
        SeenDoctorForThisPain = "seen_doctor_for_this_pain",
    }
}

impl Question {
    pub const COUNT: usize = 43;

    pub const fn screen(self) -> Screen {
        use Question::*;
        match self {
            SaddleNumbness
            | BladderOrBowelChange
            | BilateralLegSymptoms
            | LegWeakness
            | ChestPainOrBreathlessness
            | RecentTrauma
            | TearingOrRippingPain
            | FeelingFaintSweatyOrNauseous
            | AbdominalPain
            | KnownAorticAneurysm
            | NeckWarningSigns => Screen::Emergency,
            Fever
            | UrinarySymptoms
            | UnexplainedWeightLoss
            | NightPainUnrelievedByRest
            | PainWorseCoughingSneezing
            | IvDrugUse
            | HistoryOfCancer
            | Immunosuppressed
            | Osteoporosis
            | LongTermSteroids
            | PainGettingProgressivelyWorse
            | MorningStiffnessOver30Min
            | BackPainBeganBefore45
            | BloodClotHistory
            | CalfSwellingNow
            | MinorFallOrBlow
            | BackLumpOrDeformity
            | RecentSurgery
            | RecentFracture
            | CancerTreatmentNow
            | UncontrolledHighBloodPressure
            | Pregnant
            | PregnancyComplications
            | PregnancyWarningSigns => Screen::Doctor,
            Anticoagulants
            | BleedingDisorder
            | SkinConditionOnBack
            | VaricoseVeins
            | ReducedSensationOrDiabeticNeuropathy
            | LegNumbnessOrTingling => Screen::Precaution,
            SimilarPainBefore | SeenDoctorForThisPain => Screen::History,
        }
    }

    /// History answers are reassuring when yes, so their cautious reading of `unsure` is no
    /// (docs/rules.md); every other question reads `unsure` as yes.
    pub const fn is_history(self) -> bool {
        matches!(self.screen(), Screen::History)
    }

    /// Whether the question is a follow-up: asked only on a condition (see
    /// [`Intake::is_asked`](super::Intake::is_asked)), so it is not part of a checklist's
    /// "None of these" and a skipped one has its own reading (docs/rules.md, "Follow-ups").
    pub const fn is_follow_up(self) -> bool {
        matches!(
            self,
            Question::NeckWarningSigns
                | Question::BackPainBeganBefore45
                | Question::CalfSwellingNow
                | Question::PregnancyComplications
                | Question::PregnancyWarningSigns
        )
    }

    /// The question a follow-up is shown under when that question's yes (or unsure) is what
    /// asks it; `None` for questions that stand on their own. A follow-up asked for another
    /// reason (the calf question when a calf is marked, the neck signs) stands on its own
    /// at the end of its checklist.
    pub const fn follow_up_of(self) -> Option<Question> {
        match self {
            Question::BackPainBeganBefore45 => Some(Question::MorningStiffnessOver30Min),
            Question::CalfSwellingNow => Some(Question::BloodClotHistory),
            Question::PregnancyComplications | Question::PregnancyWarningSigns => {
                Some(Question::Pregnant)
            }
            _ => None,
        }
    }

    /// Ids retired in an earlier version of the rules, and the id that replaced each: an
    /// intake that still uses one is an input error that names the new id.
    pub const RETIRED: &'static [(&'static str, Question)] = &[(
        "blood_clot_history_or_calf_swelling",
        Question::BloodClotHistory,
    )];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spec_lists_forty_three_questions_grouped_by_screen() {
        assert_eq!(Question::ALL.len(), Question::COUNT);
        let screens: Vec<Screen> = Question::ALL.iter().map(|q| q.screen()).collect();
        let mut sorted = screens.clone();
        sorted.sort();
        assert_eq!(screens, sorted, "questions are listed screen by screen");
        let count = |s: Screen| screens.iter().filter(|x| **x == s).count();
        assert_eq!(
            [
                count(Screen::Emergency),
                count(Screen::Doctor),
                count(Screen::Precaution),
                count(Screen::History)
            ],
            [11, 24, 6, 2]
        );
    }

    #[test]
    fn follow_ups_come_after_their_parent_on_its_screen() {
        for (index, question) in Question::ALL.iter().enumerate() {
            if let Some(parent) = question.follow_up_of() {
                assert!(question.is_follow_up());
                assert!(!parent.is_follow_up());
                assert_eq!(parent.screen(), question.screen());
                let at = Question::ALL.iter().position(|q| *q == parent).unwrap();
                assert!(at < index);
                assert!(Question::ALL[at + 1..index]
                    .iter()
                    .all(|q| q.is_follow_up()));
            }
        }
    }

    #[test]
    fn the_follow_ups_are_the_questions_asked_on_a_condition() {
        let follow_ups: Vec<&str> = Question::ALL
            .iter()
            .filter(|q| q.is_follow_up())
            .map(|q| q.id())
            .collect();
        assert_eq!(
            follow_ups,
            [
                "neck_warning_signs",
                "back_pain_began_before_45",
                "calf_swelling_now",
                "pregnancy_complications",
                "pregnancy_warning_signs"
            ]
        );
        // Asked for a marked neck or upper back, not under a parent question.
        assert_eq!(Question::NeckWarningSigns.follow_up_of(), None);
        assert!(Question::ALL
            .iter()
            .all(|q| !(q.is_history() && q.is_follow_up())));
    }

    #[test]
    fn the_retired_clot_id_points_to_its_replacement() {
        assert_eq!(
            Question::RETIRED,
            [(
                "blood_clot_history_or_calf_swelling",
                Question::BloodClotHistory
            )]
        );
        for (old, _) in Question::RETIRED {
            assert_eq!(Question::from_id(old), None);
        }
    }

    #[test]
    fn ids_round_trip() {
        for question in Question::ALL {
            assert_eq!(Question::from_id(question.id()), Some(*question));
        }
        assert_eq!(Question::from_id("fevr"), None);
    }
}
