package no.kommune.housingfirst.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.security.SecondFactorProperties;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authenticator app against PostgreSQL with a fixed clock: enrolment, a code accepted
 * once per time step (and never an older one after it), the drift window, recovery codes
 * each once, the secret stored encrypted, and an administrator's reset.
 */
@IntegrationTest
class SecondFactorsTest {

	/**
	 * 2026-12-01T09:00:15Z = 1_796_115_615 s; / 30 = step 59_870_520 (and half a step).
	 */
	static final Instant NOW = Instant.parse("2026-12-01T09:00:15Z");

	@Autowired
	JdbcClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SecondFactorProperties properties;

	@Autowired
	TestStaff staff;

	CurrentUser kari;

	@BeforeEach
	void setUp() {
		this.kari = this.staff.person(TestStaff.unique("kari"), Set.of(Role.NAV), Set.of(), Set.of());
	}

	SecondFactors at(Instant instant) {
		return new SecondFactors(this.client, this.properties, Clock.fixed(instant, ZoneOffset.UTC));
	}

	@Test
	void enrolThenEachStepsCodeOnce() {
		long step = NOW.getEpochSecond() / 30;
		assertThat(step).isEqualTo(59_870_520L);
		SecondFactors factors = at(NOW);
		SecondFactors.Enrolment enrolment = factors.begin(this.kari.getUsername());
		assertThat(enrolment.uri())
			.startsWith("otpauth://totp/Housing%20First:" + this.kari.getUsername() + "?secret=");
		assertThat(factors.status(this.kari.id()).enrolled()).isFalse();

		// A wrong code stores nothing.
		String wrong = Totp.code(enrolment.secret(), step + 5);
		assertThat(factors.confirm(this.kari.id(), enrolment.secret(), wrong)).isEmpty();
		assertThat(factors.status(this.kari.id()).enrolled()).isFalse();

		List<String> codes = factors.confirm(this.kari.id(), enrolment.secret(), Totp.code(enrolment.secret(), step));
		assertThat(codes).hasSize(10)
			.doesNotHaveDuplicates()
			.allMatch((c) -> c.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
		assertThat(factors.status(this.kari.id())).isEqualTo(new SecondFactors.Status(true, 10, 0));

		// Stored encrypted: the raw secret is not in the row.
		byte[] stored = this.jdbc.queryForObject("SELECT secret FROM staff_totp WHERE staff_member_id = ?",
				byte[].class, this.kari.id());
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain(new String(enrolment.secret(), java.nio.charset.StandardCharsets.ISO_8859_1));
		assertThat(stored).hasSize(12 + 20 + 16);
		// Nor are the recovery codes.
		assertThat(this.jdbc.queryForList("SELECT code_hash FROM staff_recovery_code WHERE staff_member_id = ?",
				String.class, this.kari.id()))
			.hasSize(10)
			.noneMatch((hash) -> codes.contains(hash.trim()));

		// The enrolment code itself was used: not again in the same step.
		assertThat(factors.verify(this.kari.id(), Totp.code(enrolment.secret(), step))).isFalse();
		// Thirty seconds later the next code works once.
		SecondFactors later = at(NOW.plusSeconds(30));
		String next = Totp.code(enrolment.secret(), step + 1);
		assertThat(later.verify(this.kari.id(), next)).isTrue();
		assertThat(later.verify(this.kari.id(), next)).isFalse();
		// An older code, still inside the drift window, is refused after a newer one.
		assertThat(at(NOW.plusSeconds(60)).verify(this.kari.id(), Totp.code(enrolment.secret(), step))).isFalse();
		// A phone one step ahead is fine.
		assertThat(at(NOW.plusSeconds(60)).verify(this.kari.id(), Totp.code(enrolment.secret(), step + 3))).isTrue();
		// Two steps off is not.
		assertThat(at(NOW.plusSeconds(150)).verify(this.kari.id(), Totp.code(enrolment.secret(), step + 7))).isFalse();
		assertThat(at(NOW.plusSeconds(150)).verify(this.kari.id(), "000000")).isFalse();
		// Somebody without an app has no code that works.
		CurrentUser ola = this.staff.person(TestStaff.unique("ola"), Set.of(Role.NAV), Set.of(), Set.of());
		assertThat(factors.verify(ola.id(), Totp.code(enrolment.secret(), step))).isFalse();
	}

	@Test
	void aRecoveryCodeWorksOnceAndOnlyForItsOwner() {
		SecondFactors factors = at(NOW);
		SecondFactors.Enrolment enrolment = factors.begin(this.kari.getUsername());
		List<String> codes = factors.confirm(this.kari.id(), enrolment.secret(),
				Totp.code(enrolment.secret(), Totp.step(NOW)));
		CurrentUser ola = this.staff.person(TestStaff.unique("ola"), Set.of(Role.NAV), Set.of(), Set.of());
		assertThat(factors.useRecoveryCode(ola.id(), codes.get(0))).isFalse();
		// Typed in capitals without the dashes, as people do.
		assertThat(factors.useRecoveryCode(this.kari.id(), codes.get(0).replace("-", " ").toUpperCase())).isTrue();
		assertThat(factors.useRecoveryCode(this.kari.id(), codes.get(0))).isFalse();
		assertThat(factors.status(this.kari.id()).recoveryCodesLeft()).isEqualTo(9);
		assertThat(factors.useRecoveryCode(this.kari.id(), "")).isFalse();
	}

	@Test
	void aSecondEnrolmentDoesNotReplaceTheFirst() {
		SecondFactors factors = at(NOW);
		SecondFactors.Enrolment first = factors.begin(this.kari.getUsername());
		assertThat(factors.confirm(this.kari.id(), first.secret(), Totp.code(first.secret(), Totp.step(NOW))))
			.hasSize(10);
		SecondFactors.Enrolment other = factors.begin(this.kari.getUsername());
		assertThat(factors.confirm(this.kari.id(), other.secret(), Totp.code(other.secret(), Totp.step(NOW))))
			.isEmpty();
		SecondFactors later = at(NOW.plusSeconds(30));
		assertThat(later.verify(this.kari.id(), Totp.code(other.secret(), Totp.step(NOW) + 1))).isFalse();
		assertThat(later.verify(this.kari.id(), Totp.code(first.secret(), Totp.step(NOW) + 1))).isTrue();
	}

	@Test
	void aResetRemovesTheAppAndTheCodes() {
		SecondFactors factors = at(NOW);
		SecondFactors.Enrolment enrolment = factors.begin(this.kari.getUsername());
		List<String> codes = factors.confirm(this.kari.id(), enrolment.secret(),
				Totp.code(enrolment.secret(), Totp.step(NOW)));
		factors.reset(this.kari.id(), "admin");
		assertThat(factors.status(this.kari.id())).isEqualTo(new SecondFactors.Status(false, 0, 0));
		assertThat(factors.useRecoveryCode(this.kari.id(), codes.get(1))).isFalse();
		// And a new app can be enrolled.
		SecondFactors.Enrolment again = factors.begin(this.kari.getUsername());
		assertThat(factors.confirm(this.kari.id(), again.secret(), Totp.code(again.secret(), Totp.step(NOW))))
			.hasSize(10);
	}

}
