//! Usage locations: ISO 3166-1 alpha-2 country codes, as Graph's `usageLocation` takes them.

use super::error::StoreError;

/// Every officially assigned ISO 3166-1 alpha-2 code.
const CODES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL \
BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK \
DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU \
GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ \
LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY \
MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU \
RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO \
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// Parses a usage location: two ASCII letters naming an assigned ISO 3166-1 country, in any
/// case; returns it upper-cased.
pub fn parse_usage_location(value: &str) -> Result<String, StoreError> {
    let code = value.trim().to_ascii_uppercase();
    let valid = code.len() == 2
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && CODES.split(' ').any(|c| c == code);
    if valid {
        Ok(code)
    } else {
        Err(StoreError::InvalidUsageLocation {
            value: value.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_are_accepted_in_any_case() {
        assert_eq!(parse_usage_location("no").unwrap(), "NO");
        assert_eq!(parse_usage_location(" SE ").unwrap(), "SE");
    }

    #[test]
    fn unassigned_or_malformed_codes_are_refused() {
        for bad in ["XX", "NOR", "N", "", "1A", "ÆØ", "UK"] {
            assert!(
                matches!(
                    parse_usage_location(bad),
                    Err(StoreError::InvalidUsageLocation { .. })
                ),
                "{bad:?} accepted"
            );
        }
    }

    #[test]
    fn the_code_list_has_every_assigned_country_once() {
        let codes: Vec<&str> = CODES.split(' ').collect();
        assert_eq!(codes.len(), 249);
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted, codes, "sorted and unique");
    }
}
