//! The journey's steps and which questions each asks: a leaf, so that the words (`i18n`) and
//! the summary can name a step without depending on the journey's state.

use crate::model::vocab::vocabulary;
use crate::model::{Intake, Question};

vocabulary! {
    /// The steps of the journey, in order: the most serious questions first, then a short
    /// screen at a time (NHS 111 online's pace), then the advice and the summary. The ids are
    /// the names the end-to-end tests and the host page's tools know the steps by.
    #[derive(Default)]
    pub enum Step {
        #[default]
        Map = "map",
        Emergency = "emergency",
        About = "about",
        Health1 = "health1",
        Health2 = "health2",
        Health3 = "health3",
        Therapist = "therapist",
        Advice = "advice",
        Summary = "summary",
    }
}

impl Step {
    /// The doctor-screen questions, split into short screens that share the heading "Your
    /// health" and say which part they are.
    pub const HEALTH: [Step; 3] = [Step::Health1, Step::Health2, Step::Health3];

    /// 1-based, for "Step 2 of 9".
    pub fn number(self) -> usize {
        self as usize + 1
    }

    pub fn from_number(number: usize) -> Option<Step> {
        Step::ALL.get(number.checked_sub(1)?).copied()
    }

    pub fn next(self) -> Option<Step> {
        Step::from_number(self.number() + 1)
    }

    pub fn previous(self) -> Option<Step> {
        Step::from_number(self.number() - 1)
    }

    /// The one table of which step asks which question: a run of [`Question::ALL`] (spec
    /// order), so each follow-up stands on the screen of the question that asks it, right
    /// under it. The neck signs end the emergency screen; the calf question, asked for a past
    /// clot or a marked calf, ends the screen of the clot question.
    pub fn questions(self) -> &'static [Question] {
        use Question as Q;
        let (first, last) = match self {
            Step::Emergency => (Q::SaddleNumbness, Q::NeckWarningSigns),
            Step::About => (Q::SimilarPainBefore, Q::SeenDoctorForThisPain),
            Step::Health1 => (Q::Fever, Q::HistoryOfCancer),
            Step::Health2 => (Q::Immunosuppressed, Q::CalfSwellingNow),
            Step::Health3 => (Q::MinorFallOrBlow, Q::PregnancyWarningSigns),
            Step::Therapist => (Q::Anticoagulants, Q::LegNumbnessOrTingling),
            Step::Map | Step::Advice | Step::Summary => return &[],
        };
        Question::ALL
            .get(first as usize..=last as usize)
            .unwrap_or_default()
    }

    /// A screen of Yes / No / Not sure questions with "None of these" (the About step asks
    /// its two questions among other things).
    pub fn is_question_screen(self) -> bool {
        self != Step::About && !self.questions().is_empty()
    }

    /// The questions shown now, in the order shown: those the journey asks given the answers,
    /// the map, the age and the duration.
    pub fn shown(self, intake: &Intake) -> impl Iterator<Item = Question> + '_ {
        self.questions()
            .iter()
            .copied()
            .filter(|q| intake.is_asked(*q))
    }

    /// `(1, 3)` for the first of the "Your health" screens.
    pub fn part(self) -> Option<(usize, usize)> {
        let at = Step::HEALTH.iter().position(|s| *s == self)?;
        Some((at + 1, Step::HEALTH.len()))
    }

    /// The step that asks a question, for a "Change" link that goes back to it.
    pub fn asking(question: Question) -> Option<Step> {
        Step::ALL
            .iter()
            .copied()
            .find(|step| step.questions().contains(&question))
    }
}
