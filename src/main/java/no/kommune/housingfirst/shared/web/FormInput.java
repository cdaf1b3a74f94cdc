package no.kommune.housingfirst.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import no.kommune.housingfirst.shared.BrokenRuleException;
import no.kommune.housingfirst.shared.NotFoundException;

import org.springframework.validation.Errors;

/**
 * Reads typed values from a form record's text fields and puts a message next to the
 * field when the text is not a valid value. Form records keep what the user typed as
 * text, so a wrong date or number is shown back with its error instead of failing the
 * whole binding.
 */
public final class FormInput {

	/** Strict: "31.02.2026" is an error, not quietly the 28th. */
	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT));

	/**
	 * Dates outside this window are not dates anyone means (some are beyond PostgreSQL's
	 * range); each form checks its own, narrower rules on top.
	 */
	public static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);

	public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private final Errors errors;

	public FormInput(Errors errors) {
		this.errors = errors;
	}

	public static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** A date as a browser's date field sends it (or dd.mm.åååå); null when blank. */
	public LocalDate date(String field, String text, boolean required) {
		if (isBlank(text)) {
			return missing(field, required);
		}
		LocalDate date = parseDate(text);
		return (date != null) ? date : reject(field, "validation.date");
	}

	/**
	 * A date typed as åååå-mm-dd or dd.mm.åååå within {@link #EARLIEST}–{@link #LATEST};
	 * null for anything else.
	 */
	public static LocalDate parseDate(String text) {
		if (isBlank(text)) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				LocalDate date = LocalDate.parse(text.strip(), format);
				return (date.isBefore(EARLIEST) || date.isAfter(LATEST)) ? null : date;
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return null;
	}

	/**
	 * Text without control characters (other than line breaks and tabs): PostgreSQL
	 * cannot store a NUL, and the others only ever come from tampering or pasting
	 * garbage.
	 */
	public static String withoutControlCharacters(String text) {
		return (text == null) ? null : text.replaceAll("[\\p{Cntrl}&&[^\\r\\n\\t]]", "");
	}

	public Integer integer(String field, String text, boolean required, int min, int max) {
		if (isBlank(text)) {
			return missing(field, required);
		}
		try {
			int value = Integer.parseInt(text.strip());
			if (value < min || value > max) {
				this.errors.rejectValue(field, "validation.range",
						new Object[] { String.valueOf(min), String.valueOf(max) }, null);
				return null;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			return reject(field, "validation.number");
		}
	}

	/**
	 * An amount of money in kroner as people type it ("8 500", "8500,50", "kr 8 500.50"),
	 * returned in øre: money is never floating point. At most two decimals.
	 */
	public Long amountInOre(String field, String text, boolean required, long maxOre) {
		if (isBlank(text)) {
			return missing(field, required);
		}
		String plain = text.strip()
			.replaceFirst("(?i)^kr\\.?", "")
			.replaceAll("[\\s\\u00A0\\u202F]", "")
			.replace(',', '.');
		if (!plain.matches("[0-9]{1,9}(\\.[0-9]{1,2})?")) {
			return reject(field, "validation.amount");
		}
		long ore = new java.math.BigDecimal(plain).movePointRight(2).longValueExact();
		if (ore < 1 || ore > maxOre) {
			this.errors.rejectValue(field, "validation.range", new Object[] { "0,01", String.valueOf(maxOre / 100) },
					null);
			return null;
		}
		return ore;
	}

	public Long id(String field, String text, boolean required) {
		if (isBlank(text)) {
			return missing(field, required);
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return reject(field, "validation.invalid");
		}
	}

	public <E extends Enum<E>> E choice(String field, String text, Class<E> type, boolean required) {
		if (isBlank(text)) {
			return missing(field, required);
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return reject(field, "validation.invalid");
		}
	}

	/** Text trimmed, checked for presence and length (in characters). */
	public String text(String field, String text, boolean required, int maxLength) {
		if (isBlank(text)) {
			return missing(field, required);
		}
		String value = text.strip();
		if (!value.equals(withoutControlCharacters(value))) {
			return reject(field, "validation.controlCharacters");
		}
		if (value.codePointCount(0, value.length()) > maxLength) {
			this.errors.rejectValue(field, "validation.maxLength", new Object[] { maxLength }, null);
			return null;
		}
		return value;
	}

	/**
	 * The version a form sent back in its hidden field; -1 (never a real version) when it
	 * is missing or tampered with, so the save is refused as stale.
	 */
	public static int version(String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException | NullPointerException ex) {
			return -1;
		}
	}

	/**
	 * A page number from a query string, at most max; 0 when it is missing or not a
	 * number. A negative page does not exist: a 404, not the first page under a wrong
	 * address.
	 */
	public static int page(String text, int max) {
		int page;
		try {
			page = Integer.parseInt(text.strip());
		}
		catch (NumberFormatException | NullPointerException ex) {
			return 0;
		}
		if (page < 0) {
			throw new NotFoundException("page " + page);
		}
		return Math.min(page, max);
	}

	/**
	 * A form's submission key from its hidden field; null when it is missing or not a key
	 * (tampered with, or from an old page), and the caller gives the save a new one.
	 */
	public static java.util.UUID submissionKey(String text) {
		try {
			return (text == null) ? null : java.util.UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public static boolean checked(String value) {
		return "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value);
	}

	public void reject(String field, String messageKey, Object... args) {
		this.errors.rejectValue(field, messageKey, args, null);
	}

	/**
	 * A broken domain rule, next to the field it names, or for the whole form when it
	 * names none.
	 */
	public static void reject(Errors errors, BrokenRuleException broken) {
		if (broken.field() != null) {
			errors.rejectValue(broken.field(), broken.messageKey(), broken.arguments(), null);
		}
		else {
			errors.reject(broken.messageKey(), broken.arguments(), null);
		}
	}

	private <T> T missing(String field, boolean required) {
		if (required) {
			this.errors.rejectValue(field, "validation.required");
		}
		return null;
	}

	private <T> T reject(String field, String messageKey) {
		this.errors.rejectValue(field, messageKey);
		return null;
	}

}
