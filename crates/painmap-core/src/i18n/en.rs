//! English messages.

use super::{LoaderTexts, Msg};
use crate::engine::{Exclusion, Indication, Level, Precaution, RuleId, Technique, Urgency};
use crate::model::{Answer, Band, DurationChoice, Goal, Onset, Quality, Question, Region, Screen};
use crate::step::Step;

/// The language's own name, in the language switcher whatever language is shown.
pub const NAME: &str = "English";

pub const LOADER: LoaderTexts = LoaderTexts {
    failed: "The back pain map could not load. Please reload the page, or try another browser.",
    restarted: "Something went wrong; the map restarted. Your answers are kept.",
    restarted_fresh: "Something went wrong; the map restarted.",
    stopped: "Something went wrong again, so the map stopped. Please reload the page; your answers are kept.",
    reload: "Reload",
};

pub fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::MapTitle => "Where does it hurt?",
        Msg::MapHint => "Tap each painful area, then set how much it hurts.",
        Msg::SeenFromBehind => "Seen from behind",
        Msg::SideLeft => "Left",
        Msg::SideRight => "Right",
        Msg::ViewSwitchLabel => "Show as",
        Msg::ViewMap => "Map",
        Msg::ViewList => "List",
        Msg::DiagramLabel => "Your back, seen from behind",
        Msg::ListLabel => "Painful areas",
        Msg::Region(region) => region_name(region),
        Msg::Band(Band::None) => "No pain",
        Msg::Band(Band::Mild) => "Mild",
        Msg::Band(Band::Moderate) => "Moderate",
        Msg::Band(Band::Severe) => "Severe",
        Msg::ValueText => "{n}, {band}",
        Msg::RegionPain => "Pain {n} of 10, {band}",
        Msg::RegionNoPain => "No pain marked",
        Msg::ControlQuestion => "How much does it hurt?",
        Msg::SliderLabel => "Pain in {region}",
        Msg::LessPain => "Less pain",
        Msg::MorePain => "More pain",
        Msg::Remove => "Remove",
        Msg::Done => "Done",
        Msg::ScaleLabel => "The pain scale",
        Msg::NumbersLabel => "Pain from 1 to 10",
        Msg::ChooseNumber => "Choose a number from 1 to 10, or Remove.",
        Msg::NothingMarked => "No painful areas marked yet.",
        Msg::MarkedOne => "1 painful area marked.",
        Msg::MarkedMany => "{n} painful areas marked.",
        Msg::ClearAll => "Clear all",
        Msg::ConfirmClear => "Clear every marked area?",
        Msg::ConfirmClearYes => "Yes, clear all",
        Msg::ConfirmClearNo => "Keep them",
        Msg::AnnounceIntensity => "{region}: {value}",
        Msg::AnnounceRemoved => "{region}: removed",
        Msg::AnnounceCleared => "All areas cleared",

        // ── The journey's frame ──
        Msg::AppTitle => "Back pain map",
        Msg::StepOf => "Step {n} of {total}",
        Msg::StepTitle(Step::Map) => "Where does it hurt?",
        Msg::StepTitle(Step::Emergency) => "Urgent warning signs",
        Msg::StepTitle(Step::About) => "About your pain",
        Msg::StepTitle(Step::Health1 | Step::Health2 | Step::Health3) => "Your health",
        Msg::StepTitle(Step::Therapist) => "What your therapist must know",
        Msg::StepTitle(Step::Advice) => "Your advice",
        Msg::StepTitle(Step::Summary) => "Summary for your therapist",
        Msg::StepPart => "{title} ({n} of {total})",
        Msg::Back => "Back",
        Msg::Next => "Next",
        Msg::SeeAdvice => "See my advice",
        Msg::ToSummary => "Summary for my therapist",
        Msg::StartOver => "Start over",
        Msg::ConfirmStartOver => "Start over? All your answers will be cleared.",
        Msg::ConfirmStartOverYes => "Yes, start over",
        Msg::ConfirmStartOverNo => "Keep my answers",
        Msg::LanguageLabel => "Language",
        Msg::LanguageFailed => "{language} could not be downloaded. Check the connection, then choose it again.",
        Msg::NeedsIntro => "Before you go on:",
        Msg::NeedRegion => "Tap at least one painful area.",
        Msg::NeedAge => "Enter your age.",
        Msg::NeedDuration => "Choose how long you have had the pain.",
        Msg::NeedOnset => "Choose how the pain started.",
        Msg::NeedSessions => "Choose how many massages you have had.",
        Msg::NeedAnswer => "Please answer: Yes, No or Not sure.",
        Msg::NeedsAnswerIntro => "Answer Yes, No or Not sure to:",
        Msg::NeedsAnswerCount => "{n} questions still need an answer: Yes, No or Not sure.",
        Msg::AnnounceAdvice => "Your advice is ready: {level}",
        Msg::RequiredMark => "Set how much this area hurts.",

        // ── About your pain ──
        Msg::AboutHint => "A few questions about your pain help us give safe advice.",
        Msg::DurationQuestion => "How long have you had this pain?",
        Msg::Duration(DurationChoice::Today) => "Today",
        Msg::Duration(DurationChoice::UpTo3Days) => "1 to 3 days",
        Msg::Duration(DurationChoice::UpTo14Days) => "4 days to 2 weeks",
        Msg::Duration(DurationChoice::UpTo6Weeks) => "More than 2 weeks, up to 6 weeks",
        Msg::Duration(DurationChoice::UpTo12Weeks) => "More than 6 weeks, up to 3 months",
        Msg::Duration(DurationChoice::Over3Months) => "More than 3 months",
        Msg::OnsetQuestion => "How did the pain start?",
        Msg::Onset(Onset::Sudden) => "Suddenly",
        Msg::Onset(Onset::Gradual) => "Gradually",
        Msg::AgeQuestion => "How old are you?",
        Msg::AgeHint => "In years",
        Msg::AgeInvalid => "Please enter an age from 0 to 110.",
        Msg::QualitiesQuestion => "What does the pain feel like?",
        Msg::Quality(Quality::Ache) => "Aching",
        Msg::Quality(Quality::Stiffness) => "Stiffness",
        Msg::Quality(Quality::Knot) => "Knots in the muscle",
        Msg::Quality(Quality::Spasm) => "Muscle spasms",
        Msg::Quality(Quality::Sharp) => "Sharp pain",
        Msg::Quality(Quality::Burning) => "Burning",
        Msg::Quality(Quality::Tingling) => "Tingling",
        Msg::GoalsQuestion => "What would you like a massage to do?",
        Msg::Goal(Goal::Relaxation) => "Help me relax",
        Msg::Goal(Goal::Mobility) => "Help me move more easily",
        Msg::Goal(Goal::PainRelief) => "Ease the pain",
        Msg::Goal(Goal::SportRecovery) => "Help me recover from sport",
        Msg::ChooseAny => "Choose any that apply.",
        Msg::SessionsQuestion => "How many massages have you had for this pain?",
        Msg::Sessions(0) => "None",
        Msg::Sessions(1) => "1",
        Msg::Sessions(2) => "2",
        Msg::Sessions(_) => "3 or more",
        Msg::ImprovedQuestion => "Did the massages help?",
        Msg::Answer(Answer::Yes) => "Yes",
        Msg::Answer(Answer::No) => "No",
        Msg::Answer(Answer::Unsure) => "Not sure",

        // ── The question screens ──
        Msg::ChecklistHint(Screen::Emergency) => "Tell us whether you have each of these now.",
        Msg::ChecklistHint(Screen::Doctor) => "Tell us whether each of these is true for you.",
        Msg::ChecklistHint(Screen::Precaution) => {
            "Tell us whether each is true for you: they change how a massage is done."
        }
        Msg::ChecklistHint(Screen::History) => "These help tell new pain from a known one.",
        Msg::NoneOfThese => "None of these",
        Msg::NoToTheRest => "No to the rest",
        Msg::Question(question) => question_text(question),
        Msg::PregnancyWeeksQuestion => "How many weeks pregnant are you?",
        Msg::PregnancyWeeksHint => "If you are not sure, leave it empty.",
        Msg::PregnancyWeeksInvalid => "Please enter a number of weeks from 1 to 42.",

        // ── Your advice ──
        Msg::LevelTitle(Level::Emergency) => "Get emergency help now",
        Msg::LevelTitle(Level::DoctorFirst) => "See a doctor first",
        Msg::LevelTitle(Level::MassageWithPrecautions) => "Massage, with precautions",
        Msg::LevelTitle(Level::MassageOk) => "Massage is reasonable",
        Msg::LevelText(Level::Emergency) => {
            "Some of your answers can be signs of a serious problem. Do not have a massage."
        }
        Msg::LevelText(Level::DoctorFirst) => "A doctor should check your pain before any massage.",
        Msg::LevelText(Level::MassageWithPrecautions) => {
            "Massage is reasonable, with a few changes your therapist must know about."
        }
        Msg::LevelText(Level::MassageOk) => {
            "Massage is reasonable for you. Follow the usual good practice below."
        }
        Msg::UrgencyText(Urgency::Immediate) => {
            "Call {number} or go to the emergency department now."
        }
        Msg::UrgencyText(Urgency::SameDay) => "See a doctor today.",
        Msg::UrgencyText(Urgency::WithinDays) => "See a doctor within the next few days.",
        Msg::UrgencyText(Urgency::Routine) => {
            "Make an appointment with your doctor before you book a massage."
        }
        Msg::CallEmergency => "Call {number}",
        Msg::WhyTitle => "Why this advice",
        Msg::RuleText(id) => rule_text(id),
        Msg::BecauseYouSaid => "Because you said:",
        Msg::AssumedIntro => "Not answered, so we took the careful reading:",
        Msg::Sources => "Sources",
        Msg::TechniquesTitle => "Massage that may suit you",
        Msg::TechniquesIntro => {
            "These techniques fit your answers best. Massage may ease pain; none of them cures it."
        }
        Msg::TechniqueName(technique) => technique_name(technique),
        Msg::TechniqueWhat(technique) => technique_what(technique),
        Msg::TechniqueHelps(technique) => technique_helps(technique),
        Msg::WhyForYou => "Why for you:",
        Msg::Indication(id) => indication(id),
        Msg::AvoidTitle => "Techniques to avoid",
        Msg::AvoidBecause(id) => avoid_because(id),
        Msg::TellTherapistTitle => "Tell your therapist",
        Msg::Precaution(precaution) => precaution_text(precaution),
        Msg::PrepareTitle => "Before your massage",
        Msg::PrepareTips => {
            "Tell the therapist where it hurts, what treatments you have tried and what worries \
             you. Show them your summary.\n\
             Drink some water before and after the massage.\n\
             Wear comfortable clothes.\n\
             Arrive a few minutes early."
        }
        Msg::ChooseTitle => "Choosing a therapist",
        Msg::ChooseTips => {
            "Choose a licensed or certified therapist.\n\
             Look for experience in treating back pain.\n\
             Ask about their approach and what a session involves."
        }
        Msg::LongRunTitle => "In the long run",
        Msg::LongRunTips => {
            "Regular sessions, together with staying active and exercise, do more than a single \
             one.\n\
             Staying active, exercise and good posture help your back the most.\n\
             If the pain gets worse, stop and ask a doctor or physiotherapist for advice."
        }
        Msg::ActiveNote => {
            "Massage works best together with staying active and exercise. Show your therapist \
             your pain map and answers: the summary does this for you."
        }
        Msg::EvidenceNote => {
            "Massage may ease back pain for a while; the evidence is modest and it does not cure \
             the cause."
        }
        Msg::Disclaimer => {
            "This is guidance to help you choose a massage, not a diagnosis. If you are in doubt, \
             or if things get worse, contact a doctor. In an emergency, call {number}."
        }
        Msg::UnansweredIntro => "Not answered yet:",
        Msg::UnansweredStopped => {
            "Not answered, as the check stopped at the emergency answer: {questions}"
        }
        Msg::ReadAsUnsure => "counted as “Not sure”, to be safe",
        Msg::Tagged => "{text} ({tag})",
        Msg::NextTitle => "What to do next",
        Msg::NextTellDoctor => "Tell the doctor what you told us:",
        Msg::NextTakeSummary => {
            "Take your summary with you: on the next screen you can print it, share it or copy \
             it."
        }
        Msg::NextComeBack => {
            "Once a doctor has checked your pain and says massage is fine, come back and fill \
             this in again to choose a massage."
        }
        Msg::OfferedHere => "Offered here",
        Msg::AskUs => "Ask us",
        Msg::Book => "Book at {clinic}",
        Msg::BookGeneric => "Book a massage",
        Msg::CallClinic => "Call us: {phone}",

        // ── Summary for your therapist ──
        Msg::SummaryIntro => {
            "Show this to your therapist, or copy it and send it before your visit."
        }
        Msg::SummaryDate => "Filled in on {date}",
        Msg::SummaryWhere => "Where it hurts",
        Msg::SummaryAbout => "About the pain",
        Msg::SummaryAnswers => "Safety check",
        Msg::SummaryOtherNo => "No to every other question.",
        Msg::SummaryAdvice => "Advice",
        Msg::CopySummary => "Copy the summary",
        Msg::Copied => "Copied",
        Msg::CopyFailed => "Could not copy. Select the text and copy it yourself.",
        Msg::Share => "Share",
        Msg::Print => "Print",
        Msg::ShareTitle => "My back pain summary",
        Msg::OutOfTen => "{n} of 10",
        Msg::FactLine => "{label}: {value}",
        Msg::AnsweredQuestion => "{question} {answer}",
        Msg::RulesVersion => "Advice by painmap {painmap}, rules version {version}",
        Msg::FactAge => "Age",
        Msg::FactDuration => "How long",
        Msg::FactOnset => "How it started",
        Msg::FactQualities => "What it feels like",
        Msg::FactGoals => "Wanted from massage",
        Msg::FactPregnancyWeeks => "Weeks pregnant",
        Msg::FactSessions => "Massages for this pain",
        Msg::FactImproved => "Better after massage",
        Msg::Days => "{n} days",
        Msg::ListSeparator => ", ",
    }
}

fn region_name(region: Region) -> &'static str {
    match region {
        Region::Neck => "Neck",
        Region::SpineCervical => "Spine at the neck",
        Region::ShoulderLeft => "Shoulder, left",
        Region::ShoulderRight => "Shoulder, right",
        Region::UpperBackLeft => "Upper back, left",
        Region::UpperBackRight => "Upper back, right",
        Region::ShoulderBladeLeft => "Shoulder blade, left",
        Region::ShoulderBladeRight => "Shoulder blade, right",
        Region::SpineThoracic => "Spine between the shoulder blades",
        Region::MidBackLeft => "Mid back, left",
        Region::MidBackRight => "Mid back, right",
        Region::SpineLumbar => "Spine at the lower back",
        Region::LowerBackLeft => "Lower back, left",
        Region::LowerBackRight => "Lower back, right",
        Region::Sacrum => "Base of the spine (sacrum)",
        Region::ButtockLeft => "Buttock, left",
        Region::ButtockRight => "Buttock, right",
        Region::HipLeft => "Hip, left",
        Region::HipRight => "Hip, right",
        Region::ThighBackLeft => "Back of thigh, left",
        Region::ThighBackRight => "Back of thigh, right",
        Region::CalfLeft => "Calf, left",
        Region::CalfRight => "Calf, right",
    }
}

/// Checklist items read as statements; the history questions and the follow-ups stand alone
/// with Yes / No / Not sure buttons, so they read as questions.
fn question_text(question: Question) -> &'static str {
    use Question::*;
    match question {
        SaddleNumbness => {
            "New numbness or tingling around your genitals, bottom or inner thighs, new trouble \
             getting or keeping an erection, or numbness during sex"
        }
        BladderOrBowelChange => "New trouble peeing, or losing control of your bladder or bowels",
        BilateralLegSymptoms => {
            "Pain, tingling, numbness or weakness in both legs (not muscle soreness after \
             exercise)"
        }
        LegWeakness => "A leg that is newly weak or giving way, or a foot that drags or slaps",
        ChestPainOrBreathlessness => "Chest pain, pressure or tightness, or unusual breathlessness",
        RecentTrauma => {
            "The pain started after a serious accident, such as a car crash, or a fall from \
             higher than about 1 metre (3 feet) or down several stairs (a slip or a minor fall \
             is asked later)"
        }
        TearingOrRippingPain => {
            "A sudden pain in the back or chest that feels like tearing or ripping (a sudden or \
             severe pain alone is not this)"
        }
        FeelingFaintSweatyOrNauseous => "Feeling faint, in a cold sweat, or sick, with the pain",
        AbdominalPain => "New tummy pain together with the back pain",
        KnownAorticAneurysm => "You have been told you have an aortic aneurysm",
        NeckWarningSigns => {
            "With the neck pain, do you have a sudden, severe headache; dizziness, double \
             vision, slurred speech or trouble swallowing; new weakness in an arm; clumsy hands \
             or unsteady walking; or a high temperature with a stiff neck?"
        }
        Fever => "A high temperature (38 °C / 100.4 °F or more), chills or shivering",
        UrinarySymptoms => "Burning when peeing, peeing often or urgently, or blood in urine",
        UnexplainedWeightLoss => "Losing weight without trying",
        NightPainUnrelievedByRest => {
            "Pain at night that does not ease with rest or changing position"
        }
        PainWorseCoughingSneezing => "Pain that gets much worse when you cough, sneeze or strain",
        IvDrugUse => "You inject drugs",
        HistoryOfCancer => "You have ever had cancer",
        Immunosuppressed => "A weakened immune system (e.g. transplant or chemotherapy drugs)",
        Osteoporosis => "You have been told you have osteoporosis (thin bones)",
        LongTermSteroids => "You take, or have taken for months, steroid tablets",
        PainGettingProgressivelyWorse => "The pain keeps getting worse over days or weeks",
        MorningStiffnessOver30Min => "Back stiffness in the morning that lasts over 30 minutes",
        BackPainBeganBefore45 => "Did this back pain first start before you were 45?",
        BloodClotHistory => "You have had a blood clot in a leg (DVT) or in the lungs",
        CalfSwellingNow => {
            "Is one calf swollen, warm or red right now, or does it have a new throbbing or \
             cramping pain you cannot explain (not soreness after exercise)?"
        }
        MinorFallOrBlow => "The pain started after a minor fall, slip or knock",
        BackLumpOrDeformity => {
            "A new lump or swelling on your back, or your back has changed shape"
        }
        RecentSurgery => "An operation in the last 6 weeks",
        RecentFracture => "A broken bone in the last 3 months",
        CancerTreatmentNow => {
            "You are having chemotherapy or radiotherapy, or have a port or line for it"
        }
        UncontrolledHighBloodPressure => "High blood pressure that is not under control",
        Pregnant => "You are pregnant",
        PregnancyComplications => "Is it a complicated or high-risk pregnancy?",
        PregnancyWarningSigns => {
            "Do you have bleeding, leaking fluid, regular tightenings or period-like cramps, a \
             high temperature, a severe headache or changes in your vision, or is your baby \
             moving less than usual?"
        }
        Anticoagulants => "You take blood thinners (e.g. warfarin, apixaban, rivaroxaban)",
        BleedingDisorder => "A bleeding or clotting disorder (e.g. haemophilia, low platelets)",
        SkinConditionOnBack => "A wound, rash, burn, infection or fresh tattoo on your back",
        VaricoseVeins => "Varicose veins in your legs",
        ReducedSensationOrDiabeticNeuropathy => {
            "Reduced feeling somewhere (e.g. diabetic neuropathy)"
        }
        LegNumbnessOrTingling => "Numbness or pins and needles in one leg",
        SimilarPainBefore => "Have you had pain like this before?",
        SeenDoctorForThisPain => {
            "Has a doctor or physiotherapist checked this pain and found no serious cause?"
        }
    }
}

/// What a fired rule may mean for the person, and why it matters (docs/rules.md).
/// Shown as it is, on the advice and in the summary: no placeholders, so no emergency number
/// either.
fn rule_text(id: RuleId) -> &'static str {
    use RuleId as R;
    match id {
        R::E_CES_SADDLE => {
            "Numbness around your genitals or bottom, or new trouble with erections, together \
             with back pain can be a sign that nerves at the base of the spine are pressed \
             (cauda equina syndrome). This needs checking in hospital straight away."
        }
        R::E_CES_SPHINCTER => {
            "New trouble peeing, or with control of your bladder or bowels, can be a sign that \
             nerves at the base of the spine are pressed (cauda equina syndrome). This needs \
             checking in hospital straight away."
        }
        R::E_BILATERAL_LEG => {
            "Pain, tingling, numbness or weakness in both legs can mean that nerves in your back \
             are pressed. This needs checking in hospital straight away."
        }
        R::E_LEG_WEAKNESS => {
            "A leg that is newly weak, or a foot that drags, can mean a nerve is badly pressed. \
             It needs checking straight away to protect the nerve."
        }
        R::E_CHEST => {
            "Chest pain or unusual breathlessness with back pain can be a sign of a heart \
             problem. Get emergency help now, even if you are not sure."
        }
        R::E_TRAUMA => {
            "Pain that started after a serious accident in the last 6 weeks, such as a car crash \
             or a fall from a height, may come from a broken bone. It needs checking first; \
             massage could make it worse."
        }
        R::E_TEARING => {
            "A sudden pain that feels like tearing or ripping can be a sign of a tear in the \
             body's main artery (the aorta). Get emergency help now, even if you are not sure."
        }
        R::E_KNOWN_AAA => {
            "With a known aortic aneurysm, back pain together with tummy pain, feeling faint, or \
             pain that is new and sudden or severe can be a sign that the aneurysm is leaking. \
             Get emergency help now."
        }
        R::E_POSSIBLE_AAA => {
            "Sudden back and tummy pain at 50 or over, when it is severe or you feel faint, can \
             be a sign of a problem with the body's main artery (aortic aneurysm). Get emergency \
             help now."
        }
        R::E_COLLAPSE => {
            "Sudden pain with feeling faint, sweaty or sick can be a sign of a heart problem or \
             of bleeding inside the body. Get emergency help now."
        }
        R::E_SPINAL_INFECTION => {
            "A high temperature with back pain, when you inject drugs, have a weakened immune \
             system, had an operation recently or are having cancer treatment, can be a sign of \
             an infection in the spine. Get emergency help now."
        }
        R::E_NECK => {
            "Neck pain with a sudden, severe headache, trouble seeing, speaking, swallowing or \
             keeping your balance, a weak arm, or a high temperature with a stiff neck can be a \
             sign of a torn artery in the neck, a stroke or meningitis. Get emergency help now."
        }
        R::U_UNSURE_EMERGENCY => {
            "You were not sure about something that can be serious. Today, before any massage, \
             call your doctor (or a non-emergency health helpline). If you become sure, or things \
             get worse, call the emergency number."
        }
        R::D_FEVER => {
            "Back pain with a high temperature can be a sign of an infection. A doctor should \
             check you today; massage must wait until the fever has gone."
        }
        R::D_KIDNEY => {
            "Back pain at kidney level with burning or frequent peeing can be a kidney infection, \
             which needs a doctor today."
        }
        R::D_PREGNANT_URINARY => {
            "In pregnancy, burning or frequent peeing, or blood in your urine, can be a bladder \
             or kidney infection, which needs treating quickly. See a doctor or your midwife \
             today."
        }
        R::D_PREGNANCY_WARNING => {
            "Bleeding, leaking fluid, tightenings or cramps, a high temperature, a severe \
             headache, changes in your vision or your baby moving less need checking straight \
             away. Contact your maternity unit or midwife now."
        }
        R::D_CANCER_SPINE => {
            "After cancer, pain over the spine, pain at night, pain that is worse when you \
             cough, pain that keeps getting worse, or numbness or tingling in a leg can be a sign \
             that the cancer has spread to the spine. A doctor should check it today."
        }
        R::D_OLDER_SUDDEN => {
            "New, sudden, severe back pain at 65 or over should be checked by a doctor today: a \
             problem with the body's main artery (aortic aneurysm) can cause it, even without \
             tummy pain."
        }
        R::D_BLEED_SUDDEN => {
            "Sudden, severe pain while you take blood thinners or have a bleeding disorder can \
             be bleeding into a muscle or around the spine. A doctor should check it today."
        }
        R::D_LUMP => {
            "A new lump or swelling on your back, or a change in its shape, should be checked by \
             a doctor today, before any massage."
        }
        R::D_MINOR_TRAUMA_FRAGILE => {
            "At 50 or over, or with thin bones or long-term steroid tablets, even a minor fall or \
             knock can break a bone in the spine. A doctor should check it today, before any \
             massage."
        }
        R::D_WEIGHT_LOSS => {
            "Losing weight without trying, together with back pain, should be checked by a \
             doctor to rule out a serious cause."
        }
        R::D_NIGHT_PAIN => {
            "Pain at night that rest does not ease should be checked by a doctor to rule out a \
             serious cause."
        }
        R::D_COUGH_SNEEZE => {
            "Pain that gets much worse when you cough or sneeze can mean a nerve is pressed. A \
             doctor should look at it first."
        }
        R::D_IVDU => {
            "Injecting drugs raises the risk of an infection in the spine. A doctor should check \
             your back pain today."
        }
        R::D_NEW_THORACIC => {
            "New, strong pain over the spine between the shoulder blades is less common and \
             should be checked by a doctor today."
        }
        R::D_CALF_SWELLING_NOW => {
            "A swollen, warm or red calf, or a new calf pain you cannot explain, can be a blood \
             clot, and massage could move it. See a doctor today."
        }
        R::D_CANCER_HISTORY => {
            "After cancer, new back pain should be checked by a doctor before any massage, to be \
             safe."
        }
        R::D_URINARY => {
            "Burning or frequent peeing, or blood in your urine, can be an infection or another \
             problem that a doctor should check before any massage."
        }
        R::D_KNOWN_AAA_BACK => {
            "You have an aortic aneurysm and back pain. Tell your aneurysm team about this back \
             pain before any massage. If the pain becomes sudden or severe, or you feel faint, \
             call the emergency number."
        }
        R::D_UNDER_16 => {
            "Back pain in children and teenagers under 16 often has other causes than in adults. \
             A doctor should check it before any massage."
        }
        R::D_PAST_TRAUMA => {
            "The pain started after a serious accident more than 6 weeks ago, and no one has \
             checked it. A doctor should check for an injury before any massage."
        }
        R::D_MINOR_TRAUMA => {
            "The pain started after a minor fall, slip or knock. A doctor should check for an \
             injury before any massage."
        }
        R::D_IMMUNOSUPPRESSED => {
            "A weakened immune system makes infections more likely, also in the spine. A doctor \
             should check your pain first."
        }
        R::D_FRAGILITY_FRACTURE => {
            "Sudden back pain with thin bones or long-term steroid tablets can be a small break in \
             a bone. A doctor should check it before any massage."
        }
        R::D_ACUTE_INTENSE => {
            "Very strong new pain that no doctor has checked yet should be seen by a doctor \
             before any massage."
        }
        R::D_PROGRESSIVE => {
            "Pain that keeps getting worse should be checked by a doctor before any massage."
        }
        R::D_AGE50_NEW => {
            "Back pain for the first time at 50 or over is worth a check with your doctor before \
             any massage."
        }
        R::D_CHRONIC_SEVERE => {
            "Very strong pain that has lasted over two weeks, and that no one has checked, should \
             be seen by a doctor."
        }
        R::D_INFLAMMATORY => {
            "Morning stiffness that lasts over 30 minutes, in back pain that has lasted over 3 \
             months and began before the age of 45, can be a sign of inflammation in the spine \
             (spondyloarthritis). A doctor can check for it."
        }
        R::D_CLOT_HISTORY => {
            "You have had a blood clot. Ask your doctor whether massage is safe for you before \
             you book."
        }
        R::D_KNOWN_AAA => {
            "You have an aortic aneurysm. Ask your doctor or aneurysm team before any massage, \
             and have no massage on the tummy."
        }
        R::D_RECENT_FRACTURE => {
            "You broke a bone in the last 3 months. Ask your doctor whether massage is safe while \
             it heals."
        }
        R::D_CANCER_TREATMENT => {
            "You are having cancer treatment. Ask your cancer team before any massage, and choose \
             a therapist trained in massage for people with cancer."
        }
        R::D_PERSISTENT_LEG => {
            "Numbness or tingling in one leg for more than 6 weeks, which no one has checked, \
             should be looked at by a doctor or physiotherapist."
        }
        R::D_RECENT_SURGERY => {
            "You had an operation in the last 6 weeks. Check with your surgeon or doctor before \
             any massage."
        }
        R::D_UNCONTROLLED_BP => {
            "High blood pressure that is not under control should be checked by a doctor before \
             any massage."
        }
        R::D_PREGNANCY_COMPLICATION => {
            "In a complicated or high-risk pregnancy, ask your midwife or doctor before any \
             massage."
        }
        R::D_NO_IMPROVEMENT => {
            "Two or more massages have not clearly helped this pain. Try another treatment, and \
             have the pain checked by a doctor or physiotherapist."
        }
        R::U_INCOMPLETE_SCREEN => {
            "The safety check is not finished: some questions have no answer, so we cannot tell \
             yet whether massage is safe for you. Finish it, or ask a doctor or physiotherapist \
             before any massage."
        }
        R::P_BLEEDING => {
            "You take blood thinners or have a bleeding or clotting disorder, so the touch must \
             be light and firm techniques are avoided."
        }
        R::P_BONE => {
            "Your bones may be thinner, so the touch must be light, with no forceful stretching, \
             and firm techniques are avoided."
        }
        R::P_PREGNANCY => {
            "You are pregnant, with no complications or warning signs, so the massage should be \
             adapted to pregnancy, without firm pressure, by a therapist trained in it."
        }
        R::P_SKIN => {
            "You have a wound, rash, burn, infection or fresh tattoo on your back, so the \
             therapist must keep off that skin."
        }
        R::P_VARICOSE => {
            "You have varicose veins, so your calves and the backs of your thighs should not be \
             massaged, and firm techniques on the legs are avoided."
        }
        R::P_REDUCED_SENSATION => {
            "With reduced feeling you may not notice when pressure is too firm, so firm pressure \
             is avoided."
        }
        R::P_ONE_LEG_TINGLING => {
            "Tingling in one leg can come from an irritated nerve, so there is no firm pressure \
             or strong stretching, and the massage stops if it gets worse."
        }
        R::P_ACUTE_MODERATE => {
            "Your pain is new and fairly strong, so there is no firm pressure, and the massage \
             stops if it gets worse."
        }
        R::P_HIGH_NOT_ACUTE => "Your pain is strong, so firm pressure is avoided.",
        R::P_CANCER_CLEARED => {
            "You have had cancer and a doctor has checked this pain. A therapist trained in \
             massage after cancer, without firm pressure, is the safe choice."
        }
    }
}

fn technique_name(technique: Technique) -> &'static str {
    match technique {
        Technique::Swedish => "Swedish massage",
        Technique::DeepTissue => "Deep tissue massage",
        Technique::MyofascialRelease => "Myofascial release",
        Technique::TriggerPoint => "Trigger point therapy",
        Technique::Neuromuscular => "Neuromuscular therapy",
        Technique::Thai => "Thai massage",
        Technique::ShiatsuAcupressure => "Shiatsu and acupressure",
        Technique::Sports => "Sports massage",
        Technique::Prenatal => "Pregnancy massage",
    }
}

/// What the technique is (docs/rules.md).
fn technique_what(technique: Technique) -> &'static str {
    match technique {
        Technique::Swedish => {
            "Long gliding strokes, kneading and gentle pressure over the whole back."
        }
        Technique::DeepTissue => "Slow, firm pressure that works into deeper layers of muscle.",
        Technique::MyofascialRelease => {
            "Sustained, gentle stretching pressure on the connective tissue (fascia) around \
             muscles."
        }
        Technique::TriggerPoint => {
            "Firm pressure held on a tender “knot” in a muscle that can send pain elsewhere, for \
             example from the shoulder blade to the shoulder."
        }
        Technique::Neuromuscular => {
            "Focused pressure on muscles in spasm, usually over several sessions (often about \
             four over six weeks)."
        }
        Technique::Thai => "Done clothed on a mat: rhythmic pressure with assisted stretches.",
        Technique::ShiatsuAcupressure => {
            "Finger and palm pressure along points and lines of the body."
        }
        Technique::Sports => "A mix of techniques for active people.",
        Technique::Prenatal => {
            "Massage adapted to pregnancy by a therapist trained in it: lying on your side or \
             supported, gentle pressure, no deep work on the tummy."
        }
    }
}

/// What it may help with, evidence-honest (docs/rules.md).
fn technique_helps(technique: Technique) -> &'static str {
    match technique {
        Technique::Swedish => {
            "Relaxing; may ease muscle tension and help you move more easily. The gentlest choice \
             when pain is new or a precaution applies."
        }
        Technique::DeepTissue => {
            "May help long-standing tightness. It can be uncomfortable and can leave you sore for \
             a day or two."
        }
        Technique::MyofascialRelease => {
            "May help stiffness and posture-related tightness that has built up over time."
        }
        Technique::TriggerPoint => "May relieve pain that a knot sends elsewhere.",
        Technique::Neuromuscular => {
            "May ease muscle spasm. If a spasm has not eased after two sessions, try another \
             treatment and have it checked."
        }
        Technique::Thai => "May help stiffness and how far you can move.",
        Technique::ShiatsuAcupressure => {
            "Relaxing; there is some evidence that acupressure may help low back pain."
        }
        Technique::Sports => "May help with soreness after exercise and with recovery.",
        Technique::Prenatal => "May ease back pain and help you relax during pregnancy.",
    }
}

/// An indication of the technique table (T_… id) as a reason for this person.
fn indication(id: Indication) -> &'static str {
    use Indication as I;
    match id {
        I::T_SWEDISH_BASE => "A gentle massage that suits most people",
        I::T_SWEDISH_RELAXATION | I::T_SHIATSU_ACUPRESSURE_RELAXATION => "You want to relax",
        I::T_SWEDISH_RECENT => "Your pain is recent, and gentle strokes suit new pain",
        I::T_SWEDISH_PRESSURE_PRECAUTION => "A precaution rules out firm pressure",
        I::T_DEEP_TISSUE_LONGSTANDING => "Stiffness or aching for more than 6 weeks",
        I::T_MYOFASCIAL_RELEASE_STIFFNESS | I::T_THAI_STIFFNESS => "Stiffness",
        I::T_MYOFASCIAL_RELEASE_MOBILITY | I::T_THAI_MOBILITY => "You want to move more easily",
        I::T_MYOFASCIAL_RELEASE_CHRONIC | I::T_SHIATSU_ACUPRESSURE_CHRONIC => {
            "Pain for more than 3 months"
        }
        I::T_TRIGGER_POINT_KNOT => "Knots in the muscle",
        I::T_TRIGGER_POINT_REFERRED => {
            "Pain at the shoulder blade or upper back together with the shoulder or neck, a \
             pattern that knots can cause"
        }
        I::T_NEUROMUSCULAR_SPASM => "Muscle spasms",
        I::T_SPORTS_RECOVERY => "You want to recover from sport",
        I::T_PRENATAL_PREGNANT => "You are pregnant",
    }
}

/// Why a technique is avoided: the P rule that excluded it, or the X_… timing condition.
fn avoid_because(id: Exclusion) -> &'static str {
    use Exclusion as X;
    match id {
        X::P_BLEEDING => "Firm pressure is not safe with blood thinners or a bleeding disorder",
        X::P_BONE => "Firm pressure and forceful stretching are not safe for thin bones",
        X::P_PREGNANCY => "In pregnancy, only massage adapted to pregnancy is suggested",
        X::P_VARICOSE => "Its firm work on the legs is not safe with varicose veins",
        X::P_REDUCED_SENSATION => {
            "With reduced feeling you may not notice when firm pressure goes too far"
        }
        X::P_ONE_LEG_TINGLING => "Firm pressure and strong stretches can irritate the nerve",
        X::P_ACUTE_MODERATE => "Too firm for new pain of this strength",
        X::P_HIGH_NOT_ACUTE => "Too firm for pain this strong",
        X::P_CANCER_CLEARED => "Firm pressure is avoided after cancer",
        X::X_DEEP_TISSUE_RECENT_OR_SEVERE => {
            "Too firm for pain that is new (6 weeks or less) or severe (7 or more)"
        }
        X::X_MYOFASCIAL_RELEASE_RECENT | X::X_THAI_RECENT => {
            "Not for pain that started in the last 2 weeks"
        }
        X::X_TRIGGER_POINT_RECENT | X::X_NEUROMUSCULAR_RECENT => {
            "Not for pain that started in the last 3 days"
        }
        X::X_SPORTS_FRESH_INJURY => "Not for a fresh injury (sudden pain in the last 3 days)",
    }
}

/// A precaution code in plain words (docs/rules.md).
fn precaution_text(precaution: Precaution) -> &'static str {
    match precaution {
        Precaution::PressureLight => "Light touch only: no firm pressure anywhere",
        Precaution::PressureGentle => "Moderate pressure, within comfort: nothing that hurts",
        Precaution::NoForcefulStretching => "No forceful stretching",
        Precaution::AvoidAffectedSkin => "Keep off the affected skin",
        Precaution::AvoidArea(_) => "No massage on this area: {region}",
        Precaution::PrenatalTrainedTherapist => "A therapist trained in pregnancy massage",
        Precaution::OncologyTrainedTherapist => {
            "A therapist trained in massage for people who have had cancer"
        }
        Precaution::NoAbdominalWork => "No massage on the tummy",
        Precaution::SideLyingPositioning => "Lying on your side, supported by cushions",
        Precaution::StopIfSymptomsWorsen => "Stop if the pain, tingling or numbness gets worse",
        // Listed under "Tell your therapist", so the answer alone says it.
        Precaution::TellTherapist(_) => "{question}",
    }
}
