use proptest::prelude::*;
use pulldown_cmark::{Event, Parser, Tag};

use super::*;

/// Realistic messages: inline Markdown as segments of the corpus have it.
const MESSAGES: &[&str] = &[
    r"In the admin center, go to **Users** \> [Active users](https://go.microsoft.com/fwlink/p/?linkid=834822).",
    "Expand the **Licenses** section, select or clear the boxes for the licenses that you want to assign or unassign, then select **Save changes**.",
    "Run `Get-MgUserLicenseDetail -UserId <email>` to check, or type <email> and select *Search*.",
    "Select _Billing_ \\> **Licenses**.<br>Then wait&nbsp;a few minutes.",
    "For help, see **[Assign licenses](https://learn.microsoft.com/microsoft-365/admin/manage/assign-licenses-to-users \"Assign licenses\")** or <https://aka.ms/hybridwizard>.",
    "![Licenses page](data:image/png;base64,AAA=) The <span class=\"ui\">Licenses</span> page opens.",
    "<a name=\"assign\"></a>Assign licenses to users by using\nthe *Licenses* page, or go to https://aka.ms/hybridwizard.",
];

/// What must survive pseudo-localization: links with their destinations, emphasis, code, HTML.
fn structure(markdown: &str) -> Vec<String> {
    Parser::new_ext(markdown, markdown_options())
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, title, .. }) => Some(format!("link {dest_url} {title}")),
            Event::Start(Tag::Image { dest_url, title, .. }) => Some(format!("image {dest_url} {title}")),
            Event::Start(tag @ (Tag::Emphasis | Tag::Strong)) => Some(format!("{tag:?}")),
            Event::End(end) => Some(format!("end {end:?}")),
            Event::Code(code) => Some(format!("code {code}")),
            Event::Html(html) | Event::InlineHtml(html) => Some(format!("html {html}")),
            _ => None,
        })
        .collect()
}

#[track_caller]
fn assert_same_structure(pseudo: Pseudo, input: &str) -> String {
    let output = pseudo.transform(input);
    assert_ne!(output, input, "{pseudo:?} changed nothing");
    assert_eq!(structure(&output), structure(input), "{pseudo:?}: {output}");
    output
}

fn visible_chars(markdown: &str) -> usize {
    Parser::new_ext(markdown, markdown_options())
        .map(|event| match event {
            Event::Text(text) => text.chars().count(),
            _ => 0,
        })
        .sum()
}

#[test]
fn pseudo_output_keeps_links_emphasis_code_and_html() {
    for pseudo in Pseudo::ALL {
        for message in MESSAGES {
            assert_same_structure(pseudo, message);
        }
    }
}

#[test]
fn urls_come_out_byte_identical() {
    let urls = [
        "https://go.microsoft.com/fwlink/p/?linkid=834822",
        "https://learn.microsoft.com/microsoft-365/admin/manage/assign-licenses-to-users \"Assign licenses\"",
        "<https://aka.ms/hybridwizard>",
        "data:image/png;base64,AAA=",
        " https://aka.ms/hybridwizard.",
    ];
    for pseudo in Pseudo::ALL {
        let output = MESSAGES
            .iter()
            .map(|m| pseudo.transform(m))
            .collect::<Vec<_>>()
            .join("\n");
        for url in urls {
            assert!(output.contains(url), "{pseudo:?} lost {url}: {output}");
        }
    }
}

#[test]
fn syntax_escapes_entities_and_placeholders_are_kept() {
    let output = Pseudo::Accented.transform(MESSAGES[3]);
    for kept in ["_", " \\> **", "**.<br>", "&nbsp;"] {
        assert!(output.contains(kept), "lost {kept}: {output}");
    }
    let output = Pseudo::Accented.transform(MESSAGES[2]);
    assert!(
        output.contains("`Get-MgUserLicenseDetail -UserId <email>`"),
        "{output}"
    );
    assert!(output.contains(" <email> "), "{output}");
}

#[test]
fn accented_text_is_about_35_percent_longer() {
    let sentence = MESSAGES[1];
    let output = Pseudo::Accented.transform(sentence);
    let ratio = output.chars().count() as f64 / sentence.chars().count() as f64;
    assert!((1.25..=1.45).contains(&ratio), "ratio {ratio}: {output}");
    // Links and code do not grow: the visible text does.
    for message in MESSAGES.iter().filter(|m| !m.contains("aka.ms")) {
        let output = Pseudo::Accented.transform(message);
        let ratio = visible_chars(&output) as f64 / visible_chars(message) as f64;
        assert!((1.25..=1.45).contains(&ratio), "ratio {ratio}: {output}");
    }
}

#[test]
fn accented_letters_are_letters_markdown_treats_alike() {
    for ch in LOWER.iter().chain(&UPPER) {
        assert!(ch.is_alphabetic() && !ch.is_ascii(), "{ch}");
    }
    assert_eq!(Pseudo::Accented.transform("Save"), "[Šåṽé]");
}

#[test]
fn brackets_sit_inside_surrounding_whitespace_and_after_block_markers() {
    let accented = |text| Pseudo::Accented.transform(text);
    assert!(accented("  Select **Save**. \n").starts_with("  [Š"));
    assert!(accented("  Select **Save**. \n").ends_with("**.] \n"));
    assert!(accented("## Assign licenses").starts_with("## [Å"));
    assert!(accented("1. Sign in\n   1. Go to **Users**").starts_with("1. [Š"));
    assert!(accented("1. Sign in\n   1. Go to **Users**").ends_with("**]"));
    assert!(accented("> [!NOTE]\n> Wait a bit.").starts_with("> [!NOTE]\n> [Ŵ"));
    assert!(accented("**Users**").starts_with("[**"));
}

#[test]
fn bidi_wraps_each_word_in_an_override() {
    assert_eq!(
        Pseudo::Bidi.transform("Save 2 changes."),
        "\u{200F}[\u{202E}Save\u{202C} \u{202E}2\u{202C} \u{202E}changes\u{202C}.]\u{200F}"
    );
    let output = Pseudo::Bidi.transform("Go to **Users**");
    assert_eq!(
        output,
        "\u{200F}[\u{202E}Go\u{202C} \u{202E}to\u{202C} **\u{202E}Users\u{202C}**]\u{200F}"
    );
}

#[test]
fn bare_urls_and_escaped_letters_stay_readable() {
    let output = Pseudo::Accented.transform("Go to www.office.com or https://aka.ms/x_y_z now");
    assert!(
        output.contains(" www.office.com ") && output.contains(" https://aka.ms/x_y_z "),
        "{output}"
    );
    assert_eq!(Pseudo::Accented.transform(r"a\\b"), r"[å\\ɓ]");
    assert_eq!(Pseudo::Accented.transform(r"\&amp;"), r"[\&åḿþ;]");
    assert_eq!(Pseudo::Accented.transform("ends with \\"), "[ééñðš ŵîîţĥ \\ ]");
}

#[test]
fn code_blocks_front_matter_and_html_blocks_are_kept() {
    for input in [
        "",
        "  \n",
        "```\ncode\n```\n",
        "    indented code\n",
        "<div>\nHTML\n</div>",
        "<br>",
    ] {
        assert_eq!(Pseudo::Accented.transform(input), input);
        assert_eq!(Pseudo::Bidi.transform(input), input);
    }
    let output = Pseudo::Accented.transform("---\ntitle: Licenses\n---\nText\n\n```ps\nGet-Help\n```");
    assert!(
        output.starts_with("---\ntitle: Licenses\n---\n[Ţ") && output.ends_with("]\n\n```ps\nGet-Help\n```")
    );
}

#[test]
fn reference_labels_keep_finding_their_definitions() {
    let input = "See [Users] and [the docs][docs].\n\n[Users]: https://a.example\n[docs]: https://b.example";
    let output = assert_same_structure(Pseudo::Accented, input);
    assert!(
        output.contains("[Users]") && output.contains("][docs]"),
        "{output}"
    );
}

#[test]
fn a_bracket_that_would_change_the_structure_is_left_out() {
    // `[` before `Users]:` would turn the paragraph into a link reference definition.
    let output = Pseudo::Accented.transform("Users]: https://x.example");
    assert_eq!(output, "Ûšééŕš]: https://x.example");
}

#[test]
fn pseudo_locales_have_their_own_tags() {
    for pseudo in Pseudo::ALL {
        assert_eq!(Pseudo::for_locale(&pseudo.locale()), Some(pseudo));
    }
    assert_eq!(Pseudo::for_locale(&langid!("en-XA")), Some(Pseudo::Accented));
    assert_eq!(Pseudo::for_locale(&langid!("ar-XB")), Some(Pseudo::Bidi));
    for other in [
        langid!("en-US"),
        langid!("ar"),
        langid!("en-XB"),
        langid!("ar-XA"),
    ] {
        assert_eq!(Pseudo::for_locale(&other), None);
    }
}

fn tags_and_code(markdown: &str) -> Vec<String> {
    let mut found: Vec<String> = structure(markdown)
        .into_iter()
        .filter(|s| !s.starts_with("end"))
        .collect();
    found.sort();
    found
}

proptest! {
    #[test]
    fn any_text_is_transformed_without_panicking(text in any::<String>()) {
        for pseudo in Pseudo::ALL {
            let _ = pseudo.transform(&text);
        }
    }

    #[test]
    fn urls_code_spans_and_html_tags_are_unchanged(
        text in r"([a-zA-Z ]{1,8}|\*\*?|_|`|\[|\]\(|\)|<https://x\.io/a>|<br>|<email>|&nbsp;|\\[>*a]|\n|1\. |# |> |https://b\.io/c_d| )*"
    ) {
        for pseudo in Pseudo::ALL {
            let output = pseudo.transform(&text);
            prop_assert_eq!(tags_and_code(&output), tags_and_code(&text), "{:?}: {}", pseudo, output);
        }
    }
}
