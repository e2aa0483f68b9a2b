//! Coordinates for Amsterdam postcode areas and distances between points.
//!
//! The table holds the centroids of Amsterdam's four-digit postcode areas 1011–1109 that exist,
//! from GeoNames' postal codes for the Netherlands (CC BY 4.0; `../shared/data/nl-pc4.csv`,
//! credited in the page footer). They sort placements by distance from a pupil's home, which
//! is all they are used for. A number in the range that is no area takes the centroid of the
//! nearest lower area that is.

/// A point in WGS84 degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
}

const AREAS: &[(u16, f64, f64)] = &[
    (1011, 52.3710, 4.9042),
    (1012, 52.3735, 4.8951),
    (1013, 52.3881, 4.8834),
    (1014, 52.3904, 4.8651),
    (1015, 52.3783, 4.8836),
    (1016, 52.3709, 4.8816),
    (1017, 52.3630, 4.8923),
    (1018, 52.3679, 4.9189),
    (1019, 52.3731, 4.9393),
    (1021, 52.3846, 4.9174),
    (1022, 52.3990, 4.9297),
    (1023, 52.3901, 4.9465),
    (1024, 52.3939, 4.9550),
    (1025, 52.3991, 4.9358),
    (1026, 52.3794, 4.9917),
    (1027, 52.4095, 4.9663),
    (1028, 52.4016, 5.0086),
    (1031, 52.3890, 4.9056),
    (1032, 52.3965, 4.9121),
    (1033, 52.4087, 4.8901),
    (1034, 52.4075, 4.9169),
    (1035, 52.4196, 4.8943),
    (1036, 52.4082, 4.9032),
    (1037, 52.4298, 4.8655),
    (1041, 52.4130, 4.8391),
    (1042, 52.4047, 4.8345),
    (1043, 52.3879, 4.8337),
    (1044, 52.4043, 4.8088),
    (1045, 52.4087, 4.7986),
    (1046, 52.3915, 4.7858),
    (1047, 52.4032, 4.7585),
    (1051, 52.3818, 4.8717),
    (1052, 52.3771, 4.8741),
    (1053, 52.3668, 4.8680),
    (1054, 52.3617, 4.8669),
    (1055, 52.3802, 4.8527),
    (1056, 52.3732, 4.8559),
    (1057, 52.3677, 4.8552),
    (1058, 52.3579, 4.8510),
    (1059, 52.3488, 4.8468),
    (1060, 52.3490, 4.7836),
    (1061, 52.3736, 4.8396),
    (1062, 52.3549, 4.8381),
    (1063, 52.3815, 4.8258),
    (1064, 52.3740, 4.8223),
    (1065, 52.3575, 4.8280),
    (1066, 52.3464, 4.8184),
    (1067, 52.3785, 4.7992),
    (1068, 52.3590, 4.8053),
    (1069, 52.3560, 4.7907),
    (1071, 52.3553, 4.8788),
    (1072, 52.3536, 4.8902),
    (1073, 52.3533, 4.8982),
    (1074, 52.3540, 4.9041),
    (1075, 52.3518, 4.8586),
    (1076, 52.3456, 4.8609),
    (1077, 52.3452, 4.8742),
    (1078, 52.3463, 4.8976),
    (1079, 52.3422, 4.9033),
    (1081, 52.3287, 4.8623),
    (1082, 52.3311, 4.8742),
    (1083, 52.3303, 4.8843),
    (1086, 52.3627, 4.9819),
    (1087, 52.3538, 5.0016),
    (1091, 52.3555, 4.9135),
    (1092, 52.3565, 4.9229),
    (1093, 52.3618, 4.9280),
    (1094, 52.3627, 4.9360),
    (1095, 52.3674, 4.9525),
    (1096, 52.3345, 4.9205),
    (1097, 52.3468, 4.9293),
    (1098, 52.3529, 4.9420),
    (1099, 52.3259, 4.9218),
    (1101, 52.3068, 4.9453),
    (1102, 52.3163, 4.9524),
    (1103, 52.3232, 4.9719),
    (1104, 52.3166, 4.9777),
    (1105, 52.2972, 4.9547),
    (1106, 52.2991, 4.9756),
    (1107, 52.2932, 4.9803),
    (1108, 52.3082, 4.9806),
    (1109, 52.3059, 5.0162),
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

/// The postcode areas that exist (for generating demo data).
pub fn known_areas() -> impl Iterator<Item = u16> {
    AREAS.iter().map(|(a, _, _)| *a)
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
