package no.kommune.housingfirst.staff;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The codes of RFC 6238's appendix B (SHA-1 rows, cut to six digits as authenticator apps
 * show them), the drift window and base32 from RFC 4648's test vectors.
 */
class TotpTest {

	static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void theRfcTestVectors() {
		// RFC 6238 appendix B gives eight digits: 94287082, 07081804, 14050471,
		// 89005924, 69279037, 65353130; an app shows the last six.
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111111)))).isEqualTo("050471");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(20000000000L)))).isEqualTo("353130");
	}

	@Test
	void oneStepEitherSideCountsAndNoMore() {
		// 1111111109 is in step 37037036 (1111111109 / 30 = 37037036.9...).
		Instant at = Instant.ofEpochSecond(1111111109);
		long step = 37037036;
		assertThat(Totp.step(at)).isEqualTo(step);
		assertThat(Totp.matchingStep(RFC_SECRET, "081804", at)).isEqualTo(step);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), at)).isEqualTo(step - 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), at)).isEqualTo(step + 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), at)).isEqualTo(-1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), at)).isEqualTo(-1);
		assertThat(Totp.matchingStep(RFC_SECRET, "081 804", at)).isEqualTo(step);
		assertThat(Totp.matchingStep(RFC_SECRET, "08180", at)).isEqualTo(-1);
		assertThat(Totp.matchingStep(RFC_SECRET, "08180x", at)).isEqualTo(-1);
		assertThat(Totp.matchingStep(RFC_SECRET, null, at)).isEqualTo(-1);
	}

	@Test
	void base32AsRfc4648() {
		assertThat(Totp.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
		assertThat(Totp.base32("fooba".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTB");
		assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Totp.base32(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_SECRET);
		assertThat(Totp.fromBase32("MZXW6YTBOI")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void theAddressForAnApp() {
		assertThat(Totp.uri(RFC_SECRET, "Housing First", "kari"))
			.isEqualTo("otpauth://totp/Housing%20First:kari?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
					+ "&issuer=Housing%20First&algorithm=SHA1&digits=6&period=30");
	}

}
