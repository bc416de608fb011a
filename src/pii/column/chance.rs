//! The probability the column tests rest on: Wilson intervals of a share and binomial tails
//! (how likely chance alone gives this many matches).

/// Wilson 95% interval of `k` successes in `n`.
pub fn wilson(k: u64, n: u64) -> (f64, f64) {
    if n == 0 {
        return (0.0, 1.0);
    }
    let (k, n, z) = (k as f64, n as f64, 1.96f64);
    let p = k / n;
    let d = 1.0 + z * z / n;
    let c = (p + z * z / (2.0 * n)) / d;
    let h = z * ((p * (1.0 - p) + z * z / (4.0 * n)) / n).sqrt() / d;
    ((c - h).max(0.0), (c + h).min(1.0))
}

/// P(Bin(n, p) ≥ k).
pub fn binomial_tail(n: u64, k: u64, p: f64) -> f64 {
    if k == 0 {
        return 1.0;
    }
    if k > n || p <= 0.0 {
        return 0.0;
    }
    if p >= 1.0 {
        return 1.0;
    }
    // The first term in ln space, then each next one by its ratio to the one before: a few
    // hundred multiplications, whatever `n`.
    let ln_choose = ln_factorial(n) - ln_factorial(k) - ln_factorial(n - k);
    let mut ln_term = ln_choose + k as f64 * p.ln() + (n - k) as f64 * (1.0 - p).ln();
    let odds = (p / (1.0 - p)).ln();
    let mut sum = 0.0;
    for i in k..=n.min(k + 200) {
        sum += ln_term.exp();
        ln_term += ((n - i) as f64).ln() - ((i + 1) as f64).ln() + odds;
    }
    sum.min(1.0)
}

/// ln(x!): exact below 32, Stirling's series above (error below 1e-10).
fn ln_factorial(x: u64) -> f64 {
    if x < 32 {
        return (2..=x).map(|j| (j as f64).ln()).sum();
    }
    let x = x as f64;
    x * x.ln() - x + 0.5 * (2.0 * std::f64::consts::PI * x).ln() + 1.0 / (12.0 * x)
        - 1.0 / (360.0 * x * x * x)
}
