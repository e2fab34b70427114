package org.fourpi.toolkit.common.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks for the formats people type: email addresses, UK phone numbers, postcodes and the like. */
public final class Formats {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern UK_PHONE = Pattern.compile("^(\\+44|0)\\d{9,10}$");
    private static final Pattern POSTCODE =
            Pattern.compile("^([A-Z]{1,2}\\d[A-Z\\d]?|GIR) ?\\d[A-Z]{2}$");
    private static final Pattern CHARITY_NUMBER = Pattern.compile("^(SC|NIC)?\\d{5,8}(-\\d{1,3})?$");
    private static final Pattern COMPANY_NUMBER = Pattern.compile("^([A-Z]{2}\\d{6}|\\d{8})$");

    private Formats() {
    }

    public static boolean isEmail(String text) {
        return text.length() <= 254 && EMAIL.matcher(text.strip()).matches();
    }

    /** A UK number, landline or mobile, written with or without spaces, dashes, brackets or +44. */
    public static boolean isUkPhone(String text) {
        String digits = text.replaceAll("[\\s()\\-]", "");
        if (digits.startsWith("+440")) {
            digits = "+44" + digits.substring(4);
        }
        return UK_PHONE.matcher(digits).matches();
    }

    /**
     * A UK phone number as digits only, in the national form with its leading 0, so that
     * "+44 7700 900123", "0044 7700 900123", "+44 (0)7700 900123" and "07700 900123" all read
     * "07700900123". Anything else is given back as its digits; empty for null or no digits.
     */
    public static String ukPhoneDigits(String text) {
        if (text == null) {
            return "";
        }
        String digits = text.replaceAll("\\D", "");
        if (digits.startsWith("0044")) {
            digits = digits.substring(2);
        }
        // 44 and then nine or ten digits, perhaps with the 0 people write in brackets after +44.
        if (digits.startsWith("44") && digits.length() >= 11 && digits.length() <= 13) {
            String national = digits.substring(2);
            if (national.startsWith("0")) {
                national = national.substring(1);
            }
            if (national.length() >= 9) {
                return "0" + national;
            }
        }
        return digits;
    }

    public static boolean isUkPostcode(String text) {
        return POSTCODE.matcher(normalisePostcode(text)).matches();
    }

    /** Upper case, with single spaces, as Royal Mail writes it. */
    public static String normalisePostcode(String text) {
        String compact = text.strip().toUpperCase(Locale.UK).replaceAll("\\s+", "");
        if (compact.length() > 3) {
            return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        }
        return compact;
    }

    /** A charity number of England and Wales, Scotland (SC...) or Northern Ireland (NIC...). */
    public static boolean isCharityNumber(String text) {
        return CHARITY_NUMBER.matcher(text.strip().toUpperCase(Locale.UK).replace(" ", "")).matches();
    }

    /** A Companies House number: eight digits, or two letters and six digits. */
    public static boolean isCompanyNumber(String text) {
        return COMPANY_NUMBER.matcher(text.strip().toUpperCase(Locale.UK).replace(" ", "")).matches();
    }
}
