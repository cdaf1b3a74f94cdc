package no.kommune.housingfirst.staff;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238 over RFC 4226):
 * HMAC-SHA1, 30-second steps, six digits. A code is accepted for the step it was made in
 * and one step either side (clock drift on a phone); which step matched is returned so
 * the caller can refuse the same code, or an older one, a second time.
 */
public final class Totp {

	/** Seconds per step. */
	public static final int STEP_SECONDS = 30;

	/** Steps either side of now that still count. */
	public static final int DRIFT_STEPS = 1;

	private static final int DIGITS = 6;

	private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

	private static final SecureRandom random = new SecureRandom();

	private Totp() {
	}

	/** A new 160-bit secret (the size RFC 4226 recommends for SHA-1). */
	public static byte[] newSecret() {
		byte[] secret = new byte[20];
		random.nextBytes(secret);
		return secret;
	}

	/** The step an instant falls in. */
	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
	}

	/** The six-digit code for one step. */
	public static String code(byte[] secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is part of every JDK", ex);
		}
	}

	/**
	 * The step whose code this is, within the drift around {@code at}, or -1. Compares in
	 * constant time; spaces in what was typed are ignored.
	 */
	public static long matchingStep(byte[] secret, String typed, Instant at) {
		String code = (typed != null) ? typed.replace(" ", "") : "";
		if (code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
			return -1;
		}
		long now = step(at);
		long found = -1;
		for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
			if (MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes()) && found < 0) {
				found = step;
			}
		}
		return found;
	}

	/** Base32 without padding, as authenticator apps expect the secret. */
	public static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32[(buffer >> (bits - 5)) & 31]);
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32[(buffer << (5 - bits)) & 31]);
		}
		return out.toString();
	}

	/** The bytes of a base32 string (spaces and padding ignored, either case). */
	public static byte[] fromBase32(String text) {
		String clean = text.replace(" ", "").replace("=", "").toUpperCase(java.util.Locale.ROOT);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : clean.toCharArray()) {
			int value = new String(BASE32).indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("not base32: " + c);
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

	/**
	 * The address an authenticator app reads from a QR code or a link.
	 * @param issuer shown in the app above the code
	 * @param account the username
	 */
	public static String uri(byte[] secret, String issuer, String account) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

}
