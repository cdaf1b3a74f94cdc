package no.kommune.housingfirst.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.kommune.housingfirst.shared.security.EnrolledFactors;
import no.kommune.housingfirst.shared.security.SecondFactorProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's second factors: an authenticator app (TOTP) with its recovery codes, and
 * passkeys (kept by Spring Security's JDBC repositories, removed here on a reset).
 * Enrols, checks a code (each time step's code once, and never an older one after it),
 * uses a recovery code once, and lets an administrator remove them all (written to the
 * security log). The secret is shown once, at enrolment, and stored encrypted; recovery
 * codes are shown once and stored hashed.
 */
@Service
public class SecondFactors implements EnrolledFactors {

	/** Recovery codes handed out at enrolment. */
	public static final int RECOVERY_CODES = 10;

	private static final Logger log = LoggerFactory.getLogger("housingfirst.security");

	private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final SecretBox box;

	private final String issuer;

	private final Clock clock;

	public SecondFactors(JdbcClient jdbc, SecondFactorProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.box = new SecretBox(properties.secretKey());
		this.issuer = properties.issuer();
		this.clock = clock;
	}

	/**
	 * What a person has enrolled.
	 *
	 * @param totp an authenticator app
	 * @param recoveryCodesLeft unused recovery codes
	 * @param passkeys passkeys registered
	 */
	public record Status(boolean totp, int recoveryCodesLeft, int passkeys) {

		public boolean enrolled() {
			return this.totp || this.passkeys > 0;
		}

	}

	/**
	 * A secret being enrolled, held in the person's session until a code from it is
	 * confirmed.
	 *
	 * @param secret the raw secret
	 * @param base32 the secret as typed into an app by hand
	 * @param uri the address an app reads from the QR code
	 */
	public record Enrolment(byte[] secret, String base32, String uri) implements java.io.Serializable {

	}

	/** Whether authenticator secrets can be stored here (a key is configured). */
	public boolean available() {
		return this.box.configured();
	}

	@Transactional(readOnly = true)
	public Status status(long staffMemberId) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM staff_totp t WHERE t.staff_member_id = m.id) AS totp,
				       (SELECT count(*) FROM staff_recovery_code r
				        WHERE r.staff_member_id = m.id AND r.used_at IS NULL) AS codes,
				       (SELECT count(*) FROM user_credentials c JOIN user_entities e ON e.id = c.user_entity_user_id
				        WHERE e.name = m.username) AS passkeys
				FROM staff_member m WHERE m.id = ?""")
			.param(staffMemberId)
			.query((rs, row) -> new Status(rs.getBoolean("totp"), rs.getInt("codes"), rs.getInt("passkeys")))
			.optional()
			.orElse(new Status(false, 0, 0));
	}

	@Override
	public boolean anyEnrolled(long staffMemberId) {
		return status(staffMemberId).enrolled();
	}

	/** A new secret for the person's app; nothing is stored until a code confirms it. */
	public Enrolment begin(String username) {
		byte[] secret = Totp.newSecret();
		return new Enrolment(secret, Totp.base32(secret), Totp.uri(secret, this.issuer, username));
	}

	/**
	 * Stores the secret when the code was made from it, and hands out the recovery codes
	 * (the only time they are shown). Empty when the code is wrong or the person enrolled
	 * meanwhile (another tab): an enrolled app is only replaced after an administrator's
	 * reset.
	 */
	@Transactional
	public List<String> confirm(long staffMemberId, byte[] secret, String code) {
		long step = Totp.matchingStep(secret, code, this.clock.instant());
		if (step < 0) {
			return List.of();
		}
		int stored = this.jdbc.sql("""
				INSERT INTO staff_totp (staff_member_id, secret, enrolled_at, last_step) VALUES (?, ?, ?, ?)
				ON CONFLICT (staff_member_id) DO NOTHING""")
			.params(staffMemberId, this.box.seal(secret, staffMemberId), now(), step)
			.update();
		if (stored == 0) {
			return List.of();
		}
		log.info("second factor enrolled staffMemberId={} factor=totp", staffMemberId);
		return newRecoveryCodes(staffMemberId);
	}

	/**
	 * Whether the code is the person's current one and not used before: the accepted step
	 * is recorded in the same statement that checks it, so two requests with one code
	 * cannot both pass.
	 */
	@Transactional
	public boolean verify(long staffMemberId, String code) {
		List<byte[]> sealed = this.jdbc.sql("SELECT secret FROM staff_totp WHERE staff_member_id = ?")
			.param(staffMemberId)
			.query(byte[].class)
			.list();
		if (sealed.isEmpty()) {
			return false;
		}
		long step = Totp.matchingStep(this.box.open(sealed.get(0), staffMemberId), code, this.clock.instant());
		return step >= 0
				&& this.jdbc.sql("UPDATE staff_totp SET last_step = ? WHERE staff_member_id = ? AND last_step < ?")
					.params(step, staffMemberId, step)
					.update() == 1;
	}

	/** Uses one recovery code, once. */
	@Transactional
	public boolean useRecoveryCode(long staffMemberId, String code) {
		boolean used = this.jdbc.sql("""
				UPDATE staff_recovery_code SET used_at = ?
				WHERE staff_member_id = ? AND code_hash = ? AND used_at IS NULL""")
			.params(now(), staffMemberId, hash(normalise(code)))
			.update() == 1;
		if (used) {
			log.info("recovery code used staffMemberId={}", staffMemberId);
		}
		return used;
	}

	/**
	 * Removes a person's second factors so they enrol again at their next login; written
	 * to the security log with who did it.
	 */
	@Transactional
	public void reset(long staffMemberId, String byUsername) {
		int totp = this.jdbc.sql("DELETE FROM staff_totp WHERE staff_member_id = ?").param(staffMemberId).update();
		int codes = this.jdbc.sql("DELETE FROM staff_recovery_code WHERE staff_member_id = ?")
			.param(staffMemberId)
			.update();
		int passkeys = this.jdbc.sql("""
				DELETE FROM user_credentials WHERE user_entity_user_id IN
				  (SELECT e.id FROM user_entities e JOIN staff_member m ON m.username = e.name WHERE m.id = ?)""")
			.param(staffMemberId)
			.update();
		// The municipality's login links again at the next login (V033).
		int providerLinks = this.jdbc.sql("DELETE FROM staff_provider_login WHERE staff_member_id = ?")
			.param(staffMemberId)
			.update();
		log.warn("second factor reset staffMemberId={} by={} totp={} recoveryCodes={} passkeys={} providerLinks={}",
				staffMemberId, byUsername, totp, codes, passkeys, providerLinks);
	}

	private List<String> newRecoveryCodes(long staffMemberId) {
		this.jdbc.sql("DELETE FROM staff_recovery_code WHERE staff_member_id = ?").param(staffMemberId).update();
		List<String> codes = new ArrayList<>();
		while (codes.size() < RECOVERY_CODES) {
			StringBuilder code = new StringBuilder();
			for (int i = 0; i < 12; i++) {
				code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
				if (i == 3 || i == 7) {
					code.append('-');
				}
			}
			if (!codes.contains(code.toString())) {
				codes.add(code.toString());
			}
		}
		for (String code : codes) {
			this.jdbc.sql("INSERT INTO staff_recovery_code (staff_member_id, code_hash) VALUES (?, ?)")
				.params(staffMemberId, hash(normalise(code)))
				.update();
		}
		return codes;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
	}

	static String normalise(String code) {
		return (code == null) ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

	private static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
