//! Coordinates for Amsterdam postcode areas and distances between points.
//!
//! The table holds approximate centroids of the four-digit postcode areas 1011–1109, estimated by
//! hand from the layout of the city's districts (not an official data set): good enough to sort
//! placements by distance from a pupil's home, which is all they are used for. Areas not in the
//! table take the centroid of the nearest lower area that is.

/// A point in WGS84 degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
}

const AREAS: &[(u16, f64, f64)] = &[
    (1011, 52.3725, 4.9020),
    (1012, 52.3740, 4.8950),
    (1013, 52.3850, 4.8850),
    (1014, 52.3880, 4.8700),
    (1015, 52.3760, 4.8840),
    (1016, 52.3710, 4.8840),
    (1017, 52.3630, 4.8920),
    (1018, 52.3660, 4.9180),
    (1019, 52.3740, 4.9400),
    (1020, 52.3900, 4.9100),
    (1021, 52.3920, 4.9150),
    (1022, 52.3980, 4.9350),
    (1023, 52.3970, 4.9550),
    (1024, 52.4050, 4.9450),
    (1025, 52.4050, 4.9250),
    (1026, 52.4180, 4.9850),
    (1027, 52.4200, 4.9600),
    (1028, 52.4300, 4.9150),
    (1030, 52.3900, 4.8980),
    (1031, 52.3920, 4.9000),
    (1032, 52.3990, 4.8930),
    (1033, 52.4040, 4.8850),
    (1034, 52.4100, 4.9050),
    (1035, 52.4200, 4.8950),
    (1040, 52.3950, 4.8300),
    (1050, 52.3800, 4.8700),
    (1051, 52.3830, 4.8680),
    (1052, 52.3800, 4.8760),
    (1053, 52.3680, 4.8680),
    (1054, 52.3620, 4.8660),
    (1055, 52.3780, 4.8500),
    (1056, 52.3710, 4.8520),
    (1057, 52.3650, 4.8500),
    (1058, 52.3560, 4.8550),
    (1059, 52.3500, 4.8500),
    (1060, 52.3550, 4.7900),
    (1061, 52.3720, 4.8250),
    (1062, 52.3580, 4.8300),
    (1063, 52.3740, 4.8100),
    (1064, 52.3830, 4.8030),
    (1065, 52.3580, 4.8120),
    (1066, 52.3460, 4.8100),
    (1067, 52.3770, 4.7900),
    (1068, 52.3600, 4.7900),
    (1069, 52.3520, 4.7750),
    (1070, 52.3570, 4.8800),
    (1071, 52.3570, 4.8800),
    (1072, 52.3550, 4.8920),
    (1073, 52.3520, 4.8980),
    (1074, 52.3530, 4.9050),
    (1075, 52.3540, 4.8600),
    (1076, 52.3450, 4.8650),
    (1077, 52.3460, 4.8800),
    (1078, 52.3460, 4.8930),
    (1079, 52.3430, 4.9050),
    (1080, 52.3320, 4.8650),
    (1081, 52.3320, 4.8650),
    (1082, 52.3330, 4.8750),
    (1083, 52.3250, 4.8800),
    (1086, 52.3550, 5.0000),
    (1087, 52.3520, 5.0100),
    (1090, 52.3580, 4.9100),
    (1091, 52.3580, 4.9100),
    (1092, 52.3570, 4.9220),
    (1093, 52.3600, 4.9300),
    (1094, 52.3620, 4.9400),
    (1095, 52.3680, 4.9480),
    (1096, 52.3500, 4.9250),
    (1097, 52.3480, 4.9380),
    (1098, 52.3520, 4.9500),
    (1099, 52.3400, 4.9500),
    (1100, 52.3130, 4.9500),
    (1101, 52.3130, 4.9500),
    (1102, 52.3180, 4.9700),
    (1103, 52.3200, 4.9850),
    (1104, 52.3080, 4.9850),
    (1105, 52.2980, 4.9650),
    (1106, 52.3000, 4.9900),
    (1107, 52.2950, 4.9850),
    (1108, 52.3000, 4.9700),
    (1109, 52.2850, 5.0000),
];

/// The first and last Amsterdam postcode areas.
pub const AMSTERDAM_AREAS: std::ops::RangeInclusive<u16> = 1011..=1109;

/// The approximate centre of an Amsterdam postcode area, or `None` outside Amsterdam.
pub fn area_centroid(area: u16) -> Option<Point> {
    if !AMSTERDAM_AREAS.contains(&area) {
        return None;
    }
    let i = AREAS.partition_point(|(a, _, _)| *a <= area);
    let (_, lat, lon) = AREAS.get(i.checked_sub(1)?)?;
    Some(Point { lat: *lat, lon: *lon })
}

/// The postcode areas that have their own entry in the table (for generating demo data).
pub fn known_areas() -> impl Iterator<Item = u16> {
    AREAS.iter().map(|(a, _, _)| *a).filter(|a| a % 10 != 0)
}

/// Great-circle distance in kilometres.
pub fn distance_km(a: Point, b: Point) -> f64 {
    let r = 6371.0_f64;
    let (p1, p2) = (a.lat.to_radians(), b.lat.to_radians());
    let dp = p2 - p1;
    let dl = (b.lon - a.lon).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * r * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_inside_amsterdam_have_a_centroid() {
        for area in AMSTERDAM_AREAS {
            let p = area_centroid(area).expect("every area in range");
            assert!((52.25..52.45).contains(&p.lat) && (4.7..5.05).contains(&p.lon), "{area}");
        }
        assert_eq!(area_centroid(1010), None);
        assert_eq!(area_centroid(1110), None);
        assert_eq!(area_centroid(3011), None);
    }

    #[test]
    fn the_table_is_sorted() {
        assert!(AREAS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn distances_are_plausible() {
        // Dam square to Amsterdam Zuidoost (Bijlmer): about 9 km as the crow flies.
        let dam = Point { lat: 52.3731, lon: 4.8926 };
        let bijlmer = Point { lat: 52.3130, lon: 4.9500 };
        let d = distance_km(dam, bijlmer);
        assert!((7.0..9.5).contains(&d), "{d}");
        assert!(distance_km(dam, dam) < 1e-9);
    }
}
