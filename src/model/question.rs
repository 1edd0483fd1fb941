//! The safety questions (clinical-rules §1) as data: id, screen and follow-up parent. Their
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

/// The screen of the journey a question belongs to, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Screen {
    Emergency,
    Doctor,
    Precaution,
    History,
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
        BloodClotHistoryOrCalfSwelling = "blood_clot_history_or_calf_swelling",
        CalfSwellingNow = "calf_swelling_now",
        RecentSurgery = "recent_surgery",
        UncontrolledHighBloodPressure = "uncontrolled_high_blood_pressure",
        Pregnant = "pregnant",
        PregnancyComplications = "pregnancy_complications",
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
    pub const COUNT: usize = 36;

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
            | KnownAorticAneurysm => Screen::Emergency,
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
            | BloodClotHistoryOrCalfSwelling
            | CalfSwellingNow
            | RecentSurgery
            | UncontrolledHighBloodPressure
            | Pregnant
            | PregnancyComplications => Screen::Doctor,
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
    /// (clinical-rules §2); every other question reads `unsure` as yes.
    pub const fn is_history(self) -> bool {
        matches!(self.screen(), Screen::History)
    }

    /// The question whose yes (or unsure) makes this one asked; `None` for questions always
    /// asked.
    pub const fn follow_up_of(self) -> Option<Question> {
        match self {
            Question::CalfSwellingNow => Some(Question::BloodClotHistoryOrCalfSwelling),
            Question::PregnancyComplications => Some(Question::Pregnant),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spec_lists_thirty_six_questions_grouped_by_screen() {
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
            [10, 18, 6, 2]
        );
    }

    #[test]
    fn follow_ups_come_right_after_their_parent() {
        for (index, question) in Question::ALL.iter().enumerate() {
            if let Some(parent) = question.follow_up_of() {
                assert_eq!(Question::ALL.get(index.wrapping_sub(1)), Some(&parent));
            }
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
