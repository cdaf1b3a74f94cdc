package no.kommune.housingfirst.staff;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password rules on their own: the breached-password list, the same with a year or a
 * sign added, repetition, the person's own names, the demo password outside trial mode.
 */
class PasswordPolicyTest {

	static final PasswordPolicy PRODUCTION = new PasswordPolicy(false);

	static final PasswordPolicy TRIAL = new PasswordPolicy(true);

	@Test
	void theListHoldsMoreThanAHundredThousandPasswords() {
		assertThat(PRODUCTION.listSize()).isGreaterThan(100_000);
	}

	@Test
	void passwordsTheSecurityTestGotThroughAreRefused() {
		for (String weak : List.of("Sommer2026!", "Passord2026", "Oslo2026", "P@ssw0rd2026", "qwertyuiop",
				"iloveyou123", "Vinter2025?", "Fotball1234")) {
			assertThat(PRODUCTION.problems(weak, "kari", "Kari Nordmann")).as(weak)
				.containsExactly("staff.password.common");
		}
	}

	@Test
	void repeatedCharactersAreRefused() {
		for (String repeated : List.of("aaaaaaaa", "abababababab", "abcabcabcabc", "1111111111111111")) {
			assertThat(PRODUCTION.problems(repeated, "kari", "Kari Nordmann")).as(repeated)
				.containsExactly("staff.password.repetitive");
		}
	}

	@Test
	void theUsersOwnUsernameAndNamesAreRefused() {
		for (String personal : List.of("kari.nordmann", "Nordmann-kari!", "karinordmann 99", "Kari1979!",
				"kari.n kari.n", "N0rdm4nn!2026", "Kari Nordmann")) {
			assertThat(PRODUCTION.problems(personal, "kari.n", "Kari Nordmann")).as(personal)
				.containsExactly("staff.password.personal");
		}
	}

	@Test
	void theDemoPasswordIsRefusedInProductionButWorksInTrialMode() {
		assertThat(PRODUCTION.problems("HousingFirst2026", "ola", "Ola Demo")).containsExactly("staff.password.demo");
		assertThat(PRODUCTION.problems("housingfirst2027!", "ola", "Ola Demo")).containsExactly("staff.password.demo");
		assertThat(TRIAL.problems("HousingFirst2026", "ola", "Ola Demo")).isEmpty();
		// Trial mode allows that one password, not its variants.
		assertThat(TRIAL.problems("HousingFirst2027!", "ola", "Ola Demo")).containsExactly("staff.password.demo");
	}

	@Test
	void goodPasswordsPass() {
		for (String good : List.of("blåbærsyltetøy på søndag morgen", "Testpassord for alle 2026",
				"hest batteri stift korrekt", "Gule ender svømmer i Akerselva", "Kari liker lange turer i skogen")) {
			assertThat(PRODUCTION.problems(good, "kari.n", "Kari Nordmann")).as(good).isEmpty();
		}
	}

	@Test
	void lengthComesFirst() {
		assertThat(PRODUCTION.problems("kort", "kari", null)).containsExactly("staff.password.tooShort");
		assertThat(PRODUCTION.problems("x".repeat(129), "kari", null)).containsExactly("staff.password.tooLong");
	}

}
