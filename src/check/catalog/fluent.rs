//! Fluent checks for the engine catalogs (`taskguide.ftl`): each translated message uses the
//! same variables as English, and each plural select (`{ $count -> [one] … *[other] … }`)
//! has a variant for every plural category of the locale (CLDR cardinal rules).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

use super::{positions, File};
use crate::check::{Finding, Kind};
use crate::position::LineCol;

/// CLDR's category names.
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// What one message uses: its variables, and the variant keys of each plural select.
#[derive(Debug, Default, PartialEq, Eq)]
struct Usage {
    variables: BTreeSet<String>,
    plural_selects: Vec<BTreeSet<String>>,
}

fn usages(text: &str) -> BTreeMap<String, Usage> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r, // syntax errors are reported by the reader
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut usage = Usage::default();
            if let Some(value) = &m.value {
                walk(value, &mut usage);
            }
            out.entry(m.id.name.to_owned()).or_insert(usage);
        }
    }
    out
}

fn walk(pattern: &Pattern<&str>, usage: &mut Usage) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_usage(expression, usage);
        }
    }
}

fn expression_usage(expression: &Expression<&str>, usage: &mut Usage) {
    match expression {
        Expression::Inline(inline) => inline_usage(inline, usage),
        Expression::Select { selector, variants } => {
            inline_usage(selector, usage);
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    VariantKey::Identifier { name } => Some((*name).to_owned()),
                    VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            if !keys.is_empty() && keys.iter().all(|k| CATEGORIES.contains(&k.as_str())) {
                usage.plural_selects.push(keys);
            }
            variants.iter().for_each(|v| walk(&v.value, usage));
        }
    }
}

fn inline_usage(inline: &InlineExpression<&str>, usage: &mut Usage) {
    match inline {
        InlineExpression::VariableReference { id } => {
            usage.variables.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_usage(expression, usage),
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| inline_usage(a, usage));
            arguments.named.iter().for_each(|a| inline_usage(&a.value, usage));
        }
        _ => {}
    }
}

/// The cardinal plural categories of `locale` (English's when unknown), found by asking the
/// rules about integers and decimals: CLDR rules are decided by samples of those forms.
pub fn categories(locale: &str) -> BTreeSet<&'static str> {
    let langid = crate::l10n::parse_locale(locale).unwrap_or_else(|_| crate::locale::en_us());
    let rules = PluralRules::create(langid.clone(), PluralRuleType::CARDINAL)
        .or_else(|_| {
            let language = crate::l10n::LanguageIdentifier::from_parts(langid.language, None, None, &[]);
            PluralRules::create(language, PluralRuleType::CARDINAL)
        })
        .or_else(|_| PluralRules::create(crate::locale::en_us(), PluralRuleType::CARDINAL));
    let Ok(rules) = rules else {
        return BTreeSet::from(["one", "other"]);
    };
    let mut out = BTreeSet::new();
    let decimals = [
        "0.0",
        "0.5",
        "1.0",
        "1.5",
        "2.5",
        "3.5",
        "10.5",
        "100.5",
        "1000000.0",
        "0.01",
    ];
    for n in 0..=1_000_u32 {
        out.extend(rules.select(n).ok().map(name));
    }
    for d in decimals {
        out.extend(rules.select(d).ok().map(name));
    }
    out.insert("other");
    out
}

fn name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// Variable parity and plural completeness of a translated engine catalog.
pub fn check(file: &File, source: &File, locale: &str) -> Vec<Finding> {
    let english = usages(&source.text);
    let at = positions(&file.text);
    let needed = categories(locale);
    let mut out = Vec::new();
    for (id, usage) in usages(&file.text) {
        let pos = at
            .get(id.as_str())
            .copied()
            .unwrap_or(LineCol { line: 1, col: 1 });
        if let Some(en) = english.get(&id) {
            let missing: Vec<&str> = en
                .variables
                .difference(&usage.variables)
                .map(String::as_str)
                .collect();
            let extra: Vec<&str> = usage
                .variables
                .difference(&en.variables)
                .map(String::as_str)
                .collect();
            if !missing.is_empty() || !extra.is_empty() {
                let kind = Kind::VariableParity {
                    missing: dollars(&missing),
                    extra: dollars(&extra),
                };
                out.push(file.at(pos, kind, &id));
            }
        }
        for keys in &usage.plural_selects {
            let absent: Vec<&str> = needed.iter().copied().filter(|c| !keys.contains(*c)).collect();
            if !absent.is_empty() {
                let kind = Kind::PluralCategories {
                    missing: absent.join(", "),
                    locale: locale.to_owned(),
                };
                out.push(file.at(pos, kind, &id));
            }
        }
    }
    out
}

/// `$a, $b`, or `none` (the message's selector value for an empty list).
fn dollars(names: &[&str]) -> String {
    if names.is_empty() {
        return "none".to_owned();
    }
    names
        .iter()
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_follow_cldr() {
        assert_eq!(categories("nb-NO"), BTreeSet::from(["one", "other"]));
        assert_eq!(
            categories("pl-PL"),
            BTreeSet::from(["few", "many", "one", "other"])
        );
        assert_eq!(categories("ja-JP"), BTreeSet::from(["other"]));
    }

    #[test]
    fn variables_and_plural_selects_are_collected() {
        let u = usages("m = { $n ->\n    [one] { $n } fil\n   *[other] { $n } filer i { $dir }\n}\n");
        assert_eq!(
            u["m"].variables,
            BTreeSet::from(["n".to_owned(), "dir".to_owned()])
        );
        assert_eq!(
            u["m"].plural_selects,
            [BTreeSet::from(["one".to_owned(), "other".to_owned()])]
        );
    }
}
