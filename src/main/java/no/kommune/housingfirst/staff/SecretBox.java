package no.kommune.housingfirst.staff;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts authenticator secrets at rest with AES-256-GCM: a random 96-bit nonce, then
 * the ciphertext with its tag. The staff member's id is the associated data, so a secret
 * copied to another person's row does not decrypt.
 */
final class SecretBox {

	private static final SecureRandom random = new SecureRandom();

	private final SecretKeySpec key;

	SecretBox(String base64Key) {
		byte[] bytes = (base64Key == null || base64Key.isBlank()) ? new byte[0]
				: Base64.getDecoder().decode(base64Key.trim());
		this.key = (bytes.length == 32) ? new SecretKeySpec(bytes, "AES") : null;
	}

	boolean configured() {
		return this.key != null;
	}

	byte[] seal(byte[] plain, long owner) {
		try {
			byte[] nonce = new byte[12];
			random.nextBytes(nonce);
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, owner);
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt", ex);
		}
	}

	byte[] open(byte[] box, long owner) {
		try {
			byte[] nonce = java.util.Arrays.copyOfRange(box, 0, 12);
			return cipher(Cipher.DECRYPT_MODE, nonce, owner).doFinal(box, 12, box.length - 12);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("an authenticator secret does not decrypt with this key", ex);
		}
	}

	private Cipher cipher(int mode, byte[] nonce, long owner) throws GeneralSecurityException {
		if (this.key == null) {
			throw new IllegalStateException("housingfirst.security.second-factor.secret-key is not set");
		}
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(128, nonce));
		cipher.updateAAD(ByteBuffer.allocate(8).putLong(owner).array());
		return cipher;
	}

}
