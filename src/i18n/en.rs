//! English messages.

use super::Msg;
use crate::model::{Band, Region};

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
        // Temporary while the journey's messages are written; removed before landing.
        _ => "…",
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
