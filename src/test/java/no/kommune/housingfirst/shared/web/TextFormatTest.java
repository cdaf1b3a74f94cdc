package no.kommune.housingfirst.shared.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts and money as people read them: "1 uke", not "1 uker"; "9 100 kr", not "NOK 9
 * 100,00".
 */
class TextFormatTest {

	static final Locale NB = Locale.forLanguageTag("nb-NO");

	final ResourceBundleMessageSource messages = messages();

	@Test
	void countsTakeTheRightPluralInBothLanguages() {
		assertThat(text("participant.list.count", NB, 1)).isEqualTo("1 deltaker");
		assertThat(text("participant.list.count", NB, 2)).isEqualTo("2 deltakere");
		assertThat(text("participant.list.count", NB, 0)).isEqualTo("0 deltakere");
		assertThat(text("participant.list.count", Locale.ENGLISH, 1)).isEqualTo("1 participant");
		assertThat(text("participant.list.count", Locale.ENGLISH, 1500)).isEqualTo("1,500 participants");
		assertThat(text("visitlog.myWeek.weeksWithout", NB, 1)).isEqualTo("1 uke på rad uten kontakt.");
		assertThat(text("visitlog.myWeek.weeksWithout", NB, 3)).isEqualTo("3 uker på rad uten kontakt.");
		assertThat(text("visitlog.myWeek.weeksWithout", Locale.ENGLISH, 1))
			.isEqualTo("1 week in a row without contact.");
		assertThat(text("housing.units.count", NB, 1)).isEqualTo("1 bolig");
		assertThat(text("firstrent.openCount", NB, 1)).isEqualTo("1 åpen oppgave");
		assertThat(text("housing.daysInSearch", NB, 1)).isEqualTo("1 dag i boligsøket");
		assertThat(text("participant.header.daysSince", NB, 1, "30.11.2026")).isEqualTo("30.11.2026 (1 dag siden)");
		assertThat(text("participant.header.daysSince", NB, 0, "01.12.2026")).isEqualTo("01.12.2026 (i dag)");
		assertThat(text("participant.header.ageValue", Locale.ENGLISH, 1, "01.12.2025"))
			.isEqualTo("1 year (born 01.12.2025)");
	}

	@Test
	void aLengthLimitReadsInBothLanguages() {
		assertThat(text("validation.maxLength", Locale.ENGLISH, 200)).isEqualTo("Too long: at most 200 characters.");
		assertThat(text("validation.maxLength", NB, 200)).isEqualTo("For langt: høyst 200 tegn.");
	}

	@Test
	void moneyIsWholeKronerUnlessThereAreOre() {
		assertThat(Money.format(new BigDecimal("9100.00"), NB)).isEqualTo("9 100");
		assertThat(Money.format(new BigDecimal("8500.50"), NB)).isEqualTo("8 500,50");
		assertThat(Money.format(new BigDecimal("9100"), Locale.ENGLISH)).isEqualTo("9,100");
		assertThat(Money.format(new BigDecimal("8500.5"), Locale.ENGLISH)).isEqualTo("8,500.50");
		assertThat(text("housing.unit.kroner", NB, Money.format(new BigDecimal("9100.00"), NB))).isEqualTo("9 100 kr");
		assertThat(text("housing.unit.kroner", Locale.ENGLISH, "9,100")).isEqualTo("NOK 9,100");
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale).replace('\u00a0', ' ');
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
