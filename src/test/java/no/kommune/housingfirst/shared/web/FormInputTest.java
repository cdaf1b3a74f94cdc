package no.kommune.housingfirst.shared.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import no.kommune.housingfirst.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Dates and money as people type them, and what is refused. */
class FormInputTest {

	@Test
	void datesAreReadStrictlyInBothFormats() {
		assertThat(FormInput.parseDate("2026-02-28")).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(FormInput.parseDate("1.3.2026")).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(FormInput.parseDate("29.02.2028")).isEqualTo(LocalDate.of(2028, 2, 29));
		// Never quietly moved to a day that exists.
		assertThat(FormInput.parseDate("31.02.2026")).isNull();
		assertThat(FormInput.parseDate("29.02.2026")).isNull();
		assertThat(FormInput.parseDate("2026-02-30")).isNull();
		assertThat(FormInput.parseDate("31.04.2026")).isNull();
	}

	@Test
	void amountsAreReadInKronerAndKeptInOre() {
		assertThat(amount("8500")).isEqualTo(850_000L);
		assertThat(amount("8 500")).isEqualTo(850_000L);
		assertThat(amount("8\u00A0500,5")).isEqualTo(850_050L);
		assertThat(amount("kr 8 500.05")).isEqualTo(850_005L);
		assertThat(amount("0,01")).isEqualTo(1L);
		for (String wrong : new String[] { "8.500,50", "8,5,0", "-100", "1e3", "0", "0,001", "åtte", "100001" }) {
			assertThat(amount(wrong)).as(wrong).isNull();
		}
	}

	@Test
	void aNegativePageDoesNotExist() {
		assertThat(FormInput.page(null, 100)).isZero();
		assertThat(FormInput.page("to", 100)).isZero();
		assertThat(FormInput.page(" 3 ", 100)).isEqualTo(3);
		assertThat(FormInput.page("-0", 100)).isZero();
		assertThat(FormInput.page("500", 100)).isEqualTo(100);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> FormInput.page("-1", 100));
	}

	private static Long amount(String text) {
		Map<String, Object> target = new HashMap<>();
		target.put("amount", text);
		return new FormInput(new MapBindingResult(target, "form")).amountInOre("amount", text, true, 10_000_000L);
	}

}
