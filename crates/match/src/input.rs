//! The instance as plain Rust structs (the programmatic counterpart of instance v1 JSON), and
//! the record access that validation reads through.

use serde::{Deserialize, Serialize};

/// A placement as the application hands it over (instance v1 `placements[]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlacementInput {
    /// Unique placement id.
    pub id: String,
    /// Number of pupils it takes; negative is an error.
    pub capacity: i64,
    /// The placement's priority over students, best first.
    pub ranking: Vec<String>,
}

/// A student as the application hands it over (instance v1 `students[]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StudentInput {
    /// Unique student id.
    pub id: String,
    /// The placements the student wants, best first.
    pub preferences: Vec<String>,
}

/// A group as the application hands it over (instance v1 `groups[]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupInput {
    /// Unique group id (its own namespace, separate from student and placement ids).
    pub id: String,
    /// Member student ids; the first member's preference list is the group's.
    pub members: Vec<String>,
}

/// A whole instance in plain Rust structs: the programmatic counterpart of instance v1 JSON.
/// `serde_json::to_vec(&input)` writes instance v1.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstanceInput {
    /// The placements.
    pub placements: Vec<PlacementInput>,
    /// The students.
    pub students: Vec<StudentInput>,
    /// The groups (optional in JSON).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<GroupInput>,
}

/// Where `build` reads the records from: plain structs or parsed JSON.
pub(crate) trait Source {
    type S;
    fn text<'s>(&'s self, s: &'s Self::S) -> &'s str;
    fn placement_count(&self) -> usize;
    fn placement_id(&self, i: usize) -> &Self::S;
    fn capacity(&self, i: usize) -> i64;
    fn ranking(&self, i: usize) -> &[Self::S];
    fn student_count(&self) -> usize;
    fn student_id(&self, i: usize) -> &Self::S;
    fn preferences(&self, i: usize) -> &[Self::S];
    fn group_count(&self) -> usize;
    fn group_id(&self, i: usize) -> &Self::S;
    fn members(&self, i: usize) -> &[Self::S];
}

impl Source for InstanceInput {
    type S = String;
    fn text<'s>(&'s self, s: &'s String) -> &'s str {
        s
    }
    fn placement_count(&self) -> usize {
        self.placements.len()
    }
    fn placement_id(&self, i: usize) -> &String {
        &self.placements[i].id
    }
    fn capacity(&self, i: usize) -> i64 {
        self.placements[i].capacity
    }
    fn ranking(&self, i: usize) -> &[String] {
        &self.placements[i].ranking
    }
    fn student_count(&self) -> usize {
        self.students.len()
    }
    fn student_id(&self, i: usize) -> &String {
        &self.students[i].id
    }
    fn preferences(&self, i: usize) -> &[String] {
        &self.students[i].preferences
    }
    fn group_count(&self) -> usize {
        self.groups.len()
    }
    fn group_id(&self, i: usize) -> &String {
        &self.groups[i].id
    }
    fn members(&self, i: usize) -> &[String] {
        &self.groups[i].members
    }
}
