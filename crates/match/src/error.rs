//! Errors of instance validation.

/// Why an instance was rejected. The `Display` text names the problem precisely, in English,
/// with the ids involved in JSON-style double quotes.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InstanceError {
    /// The input is not a well-formed matching instance v1 document (bad JSON syntax, a missing,
    /// duplicate or unknown field, a value of the wrong type).
    #[error("malformed instance JSON: {message} at line {line} column {column}")]
    Json {
        /// What is wrong.
        message: String,
        /// 1-based line of the offending character.
        line: usize,
        /// 1-based column (in characters) of the offending character.
        column: usize,
    },
    /// Two students share an id.
    #[error("duplicate student id {0:?}")]
    DuplicateStudent(String),
    /// Two placements share an id.
    #[error("duplicate placement id {0:?}")]
    DuplicatePlacement(String),
    /// Two groups share an id.
    #[error("duplicate group id {0:?}")]
    DuplicateGroup(String),
    /// A placement's capacity is below zero.
    #[error("placement {placement:?} has negative capacity {capacity}")]
    NegativeCapacity {
        /// The placement's id.
        placement: String,
        /// The capacity as given.
        capacity: i64,
    },
    /// A student lists a placement id that no placement has.
    #[error("unknown placement {placement:?} in the preferences of student {student:?}")]
    UnknownPlacementInPreferences {
        /// The student's id.
        student: String,
        /// The unknown placement id.
        placement: String,
    },
    /// A student lists the same placement twice.
    #[error("placement {placement:?} appears more than once in the preferences of student {student:?}")]
    RepeatedPreference {
        /// The student's id.
        student: String,
        /// The repeated placement id.
        placement: String,
    },
    /// A placement ranks a student id that no student has.
    #[error("unknown student {student:?} in the ranking of placement {placement:?}")]
    UnknownStudentInRanking {
        /// The placement's id.
        placement: String,
        /// The unknown student id.
        student: String,
    },
    /// A placement ranks the same student twice.
    #[error("student {student:?} appears more than once in the ranking of placement {placement:?}")]
    RepeatedRanking {
        /// The placement's id.
        placement: String,
        /// The repeated student id.
        student: String,
    },
    /// A group names a student id that no student has.
    #[error("unknown student {student:?} in group {group:?}")]
    UnknownStudentInGroup {
        /// The group's id.
        group: String,
        /// The unknown student id.
        student: String,
    },
    /// A group names the same student twice.
    #[error("student {student:?} appears more than once in group {group:?}")]
    RepeatedMember {
        /// The group's id.
        group: String,
        /// The repeated student id.
        student: String,
    },
    /// A student belongs to two groups.
    #[error("student {student:?} is a member of both group {first:?} and group {second:?}")]
    StudentInTwoGroups {
        /// The student's id.
        student: String,
        /// The first group (in input order) that names the student.
        first: String,
        /// The second group that names the student.
        second: String,
    },
    /// The instance has more ids or list entries than the engine's 32-bit indices can hold.
    #[error("instance too large: more than {limit} {what}")]
    TooLarge {
        /// What overflowed (e.g. "preference entries").
        what: &'static str,
        /// The limit.
        limit: u64,
    },
}

impl InstanceError {
    /// For [`InstanceError::Json`]: the 1-based line and column where parsing stopped.
    pub fn line_column(&self) -> Option<(usize, usize)> {
        match self {
            InstanceError::Json { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }
}
