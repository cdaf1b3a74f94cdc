package no.kommune.housingfirst.shared.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts of money as people write them: "9 100" kroner in Norwegian, "9,100" in English,
 * with øre only when there are any ("8 500,50"). The currency word is in the message
 * ("{0} kr", "NOK {0}"). Templates call it as {@code ${@money.kroner(amount)}}.
 */
@Component("money")
public class Money {

	private static final java.util.Set<String> NORWEGIAN = java.util.Set.of("nb", "no", "nn");

	/** Whole kroner. */
	public String kroner(Integer kroner) {
		return (kroner == null) ? "" : format(BigDecimal.valueOf(kroner));
	}

	/** An amount stored as whole øre. */
	public String ore(Long ore) {
		return (ore == null) ? "" : format(BigDecimal.valueOf(ore, 2));
	}

	static String format(BigDecimal kroner, Locale locale) {
		DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
		if (NORWEGIAN.contains(locale.getLanguage())) {
			// A plain space between thousands, as the rest of the pages write numbers.
			DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
			symbols.setGroupingSeparator(' ');
			symbols.setDecimalSeparator(',');
			format.setDecimalFormatSymbols(symbols);
		}
		boolean whole = kroner.stripTrailingZeros().scale() <= 0;
		format.setMinimumFractionDigits(whole ? 0 : 2);
		format.setMaximumFractionDigits(whole ? 0 : 2);
		return format.format(kroner);
	}

	private static String format(BigDecimal kroner) {
		return format(kroner, LocaleContextHolder.getLocale());
	}

}
