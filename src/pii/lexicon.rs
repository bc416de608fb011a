//! The word lists detectors look values up in: common Indian given names and surnames (Latin and
//! Devanagari script), the words that are also names but mostly mean something else in AMRIT's
//! domain (the ambiguity list), address words, and the column-name tokens that may strengthen a
//! detector's column test. Public, generic words: no person's data. Kept apart from the fakes'
//! lists (`words`) so that the detectors' vocabulary is not the generator's.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Given names, Latin script (lower case).
const GIVEN: &[&str] = &[
    "aarti",
    "abhay",
    "abhijit",
    "abhinav",
    "abhishek",
    "aditi",
    "aditya",
    "afsana",
    "ajay",
    "ajit",
    "akash",
    "akhil",
    "akshay",
    "alok",
    "amar",
    "amba",
    "amit",
    "amita",
    "amol",
    "amrita",
    "anand",
    "anantha",
    "anil",
    "anita",
    "anjali",
    "anjana",
    "ankit",
    "ankita",
    "anup",
    "anupam",
    "anuradha",
    "aparna",
    "archana",
    "arjun",
    "arpita",
    "arun",
    "aruna",
    "arvind",
    "ashish",
    "ashok",
    "ashwini",
    "atul",
    "ayesha",
    "babita",
    "babloo",
    "balaji",
    "baldev",
    "balram",
    "bhagwan",
    "bhagyashree",
    "bharat",
    "bharti",
    "bhavana",
    "bhavna",
    "bhupendra",
    "bhupinder",
    "bijoy",
    "bimla",
    "biswajit",
    "brijesh",
    "chandan",
    "chandra",
    "chandrakant",
    "charulata",
    "chetan",
    "chhaya",
    "chinmay",
    "chiranjeevi",
    "damayanti",
    "darshan",
    "dayanand",
    "debashis",
    "deepa",
    "deepak",
    "deepika",
    "dhananjay",
    "dharmendra",
    "dilip",
    "dinesh",
    "dipika",
    "divya",
    "durgesh",
    "ekta",
    "eshwar",
    "farhan",
    "farida",
    "fatima",
    "ganesh",
    "gauri",
    "gayatri",
    "geeta",
    "girish",
    "gita",
    "gopal",
    "govind",
    "gurpreet",
    "harish",
    "harpreet",
    "hemant",
    "hemlata",
    "himanshu",
    "imran",
    "indira",
    "irfan",
    "ishaan",
    "jagdish",
    "jasbir",
    "jaswant",
    "jayant",
    "jayshree",
    "jitendra",
    "jyoti",
    "kailash",
    "kajal",
    "kalpana",
    "kamala",
    "kamlesh",
    "kanchan",
    "karan",
    "kartik",
    "kaushal",
    "kavita",
    "kavya",
    "keshav",
    "khushboo",
    "kishore",
    "krishnan",
    "kunal",
    "kusum",
    "lakshman",
    "lakshmi",
    "lalita",
    "lalit",
    "latika",
    "leela",
    "lokesh",
    "madhav",
    "madhavi",
    "madhuri",
    "mahendra",
    "mahesh",
    "malati",
    "mamta",
    "manisha",
    "manju",
    "manoj",
    "meena",
    "meenakshi",
    "mehul",
    "mithun",
    "mohan",
    "mohini",
    "monika",
    "mukesh",
    "nagaraj",
    "nalini",
    "namita",
    "nandini",
    "narayan",
    "narendra",
    "naresh",
    "naveen",
    "neelam",
    "neeraj",
    "neha",
    "nikhil",
    "nilesh",
    "nirmala",
    "nisha",
    "nitin",
    "omkar",
    "padma",
    "padmini",
    "pallavi",
    "pankaj",
    "parag",
    "parvati",
    "pradeep",
    "pramod",
    "pranav",
    "prashant",
    "pratibha",
    "praveen",
    "preeti",
    "priya",
    "priyanka",
    "pushpa",
    "rachna",
    "raghav",
    "raghunath",
    "rahul",
    "rajendra",
    "rajesh",
    "rajeev",
    "rajkumar",
    "rakesh",
    "ramesh",
    "rameshwar",
    "ranjana",
    "ranjit",
    "rashmi",
    "ravindra",
    "rekha",
    "renu",
    "reshma",
    "ritu",
    "rohit",
    "rukmini",
    "rupa",
    "sachin",
    "sadhana",
    "sagar",
    "salim",
    "sameer",
    "sandeep",
    "sangeeta",
    "sanjay",
    "sanjeev",
    "santosh",
    "sarita",
    "satish",
    "savita",
    "seema",
    "shabana",
    "shailesh",
    "shalini",
    "shankar",
    "sharad",
    "shashi",
    "shilpa",
    "shivani",
    "shobha",
    "shreya",
    "shrikant",
    "shyam",
    "siddharth",
    "simran",
    "smita",
    "sneha",
    "sonal",
    "sonia",
    "subhash",
    "sudha",
    "sudhir",
    "sujata",
    "sukhwinder",
    "sumit",
    "sunil",
    "sunita",
    "suresh",
    "surekha",
    "sushila",
    "sushma",
    "swati",
    "tanuja",
    "tarun",
    "trupti",
    "tushar",
    "uday",
    "umesh",
    "urmila",
    "usha",
    "vaishali",
    "vandana",
    "varsha",
    "vasant",
    "veena",
    "vidya",
    "vijay",
    "vikas",
    "vikram",
    "vinay",
    "vinod",
    "vishal",
    "vivek",
    "yamini",
    "yashoda",
    "yogendra",
    "yogesh",
    "zubair",
];

/// Surnames, Latin script (lower case).
const SURNAMES: &[&str] = &[
    "agarwal",
    "ahmed",
    "ansari",
    "bansal",
    "banerjee",
    "baruah",
    "bhattacharya",
    "bhat",
    "bora",
    "chakraborty",
    "chatterjee",
    "chauhan",
    "chaudhary",
    "chopra",
    "das",
    "deshmukh",
    "deshpande",
    "dubey",
    "dutta",
    "fernandes",
    "gaikwad",
    "ghosh",
    "gogoi",
    "gowda",
    "gupta",
    "hazarika",
    "hegde",
    "iyer",
    "jadhav",
    "jain",
    "jha",
    "joshi",
    "kalita",
    "kapoor",
    "khan",
    "kulkarni",
    "mahato",
    "malhotra",
    "mehta",
    "menon",
    "mishra",
    "mukherjee",
    "murmu",
    "naidu",
    "nair",
    "pandey",
    "patel",
    "patil",
    "pawar",
    "pillai",
    "qureshi",
    "rathore",
    "reddy",
    "saikia",
    "sahu",
    "sangma",
    "saxena",
    "sen",
    "sharma",
    "shetty",
    "shinde",
    "siddiqui",
    "solanki",
    "srivastava",
    "thakur",
    "tiwari",
    "tripathi",
    "trivedi",
    "upadhyay",
    "verma",
    "yadav",
];

/// Given names and surnames in Devanagari.
const DEVANAGARI: &[&str] = &[
    "अमित",
    "अनिल",
    "अनीता",
    "आरती",
    "गीता",
    "दिनेश",
    "दीपक",
    "नरेंद्र",
    "नेहा",
    "पूजा",
    "प्रिया",
    "महेश",
    "मुकेश",
    "राजेश",
    "राहुल",
    "रेखा",
    "विजय",
    "संजय",
    "सीमा",
    "सुनीता",
    "सुरेश",
    "शर्मा",
    "वर्मा",
    "गुप्ता",
    "यादव",
    "मिश्रा",
    "पाण्डेय",
    "तिवारी",
    "जोशी",
    "पटेल",
];

/// Words that are names but in AMRIT's data mostly mean something else (ASHA is the community
/// health worker role; Devi and Kumar are parts of very many names; Ram and Krishna are also
/// gods and places): they never count as a name on their own.
pub const AMBIGUOUS: &[&str] = &[
    "asha",
    "anganwadi",
    "devi",
    "kumar",
    "kumari",
    "ram",
    "krishna",
    "shanti",
    "prakash",
    "kiran",
    "pooja",
    "puja",
    "lakshmi",
    "durga",
    "ganga",
    "singh",
    "bai",
    "ben",
    "lal",
    "rani",
    "raja",
    "sita",
    "gita",
    "hari",
    "om",
    "dev",
    "sagar",
    "anand",
    "vijay",
    "jaya",
    "mohan",
    "uma",
    "usha",
    "nisha",
    "joshi",
    "das",
    "sen",
    "jain",
    "khan",
    "bhat",
];

/// Words of address lines (lower case), matched as whole tokens.
pub const ADDRESS_WORDS: &[&str] = &[
    "house",
    "h.no",
    "hno",
    "flat",
    "plot",
    "street",
    "st",
    "road",
    "rd",
    "lane",
    "gali",
    "marg",
    "nagar",
    "colony",
    "mohalla",
    "ward",
    "sector",
    "block",
    "village",
    "vill",
    "post",
    "po",
    "dist",
    "district",
    "tehsil",
    "taluk",
    "taluka",
    "near",
    "opp",
    "opposite",
    "behind",
    "landmark",
    "chowk",
    "bazar",
    "para",
    "apartment",
    "apt",
    "floor",
    "society",
    "gram",
];

fn set(words: &[&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

/// True when the lower-cased `token` is a given name or surname of the lexicon and not on the
/// ambiguity list.
pub fn is_name(token: &str) -> bool {
    static S: OnceLock<(HashSet<&str>, HashSet<&str>)> = OnceLock::new();
    let (names, ambiguous) = S.get_or_init(|| {
        let mut n = set(GIVEN);
        n.extend(set(SURNAMES));
        n.extend(set(DEVANAGARI));
        (n, set(AMBIGUOUS))
    });
    names.contains(token) && !ambiguous.contains(token)
}

/// True when the lower-cased `token` is a surname of the lexicon (ambiguous ones included).
pub fn is_surname(token: &str) -> bool {
    static S: OnceLock<HashSet<&str>> = OnceLock::new();
    S.get_or_init(|| set(SURNAMES)).contains(token)
}

/// True when the lower-cased `token` is on the ambiguity list.
pub fn is_ambiguous(token: &str) -> bool {
    static S: OnceLock<HashSet<&str>> = OnceLock::new();
    S.get_or_init(|| set(AMBIGUOUS)).contains(token)
}

/// True when the lower-cased `token` is an address word.
pub fn is_address_word(token: &str) -> bool {
    static S: OnceLock<HashSet<&str>> = OnceLock::new();
    S.get_or_init(|| set(ADDRESS_WORDS)).contains(token)
}

/// The tokens of a column name: split at underscores, digits and lower→upper case changes,
/// lower-cased (`SMS_Ph` → `sms`, `ph`; `EmergencyContactNum` → `emergency`, `contact`, `num`;
/// `PhoneNum1` → `phone`, `num`).
pub fn name_tokens(column: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    let chars: Vec<char> = column.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
        if !c.is_alphabetic() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        // A new token at aB, and at the last capital of a run followed by lower case (SMSPh).
        let boundary = c.is_uppercase() && (prev_lower || (next_lower && !cur.is_empty()));
        if boundary && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        cur.extend(c.to_lowercase());
        prev_lower = c.is_lowercase();
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_split_into_tokens() {
        assert_eq!(name_tokens("SMS_Ph"), ["sms", "ph"]);
        assert_eq!(
            name_tokens("EmergencyContactNum"),
            ["emergency", "contact", "num"]
        );
        assert_eq!(name_tokens("PhoneNum1"), ["phone", "num"]);
        assert_eq!(
            name_tokens("ACADEMIC_YEAR_CODE"),
            ["academic", "year", "code"]
        );
        assert_eq!(name_tokens("gpsLatitude"), ["gps", "latitude"]);
        assert_eq!(name_tokens("CallerID"), ["caller", "id"]);
    }

    #[test]
    fn ambiguous_words_are_no_names() {
        assert!(is_name("sunita"));
        assert!(is_name("शर्मा"));
        assert!(!is_name("asha"));
        assert!(!is_name("kumar"));
        assert!(!is_name("fever"));
        assert!(is_surname("kulkarni"));
    }
}
