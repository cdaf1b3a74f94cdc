package no.kommune.housingfirst.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that has landed has already run on the databases, so it is frozen: its
 * content, name and place in the sequence never change, and a schema change is a new
 * migration. {@code db/migration-checksums.txt} lists every migration with its SHA-256;
 * this test holds the migrations in {@code db/migration/} to that list. A new migration
 * must be appended to the list, which freezes it from then on.
 */
class MigrationChecksumsTest {

	private static final Path MIGRATIONS = Path.of("db/migration");

	private static final Path CHECKSUMS = Path.of("db/migration-checksums.txt");

	/** {@code V<NNN>__<module>_<what>.sql}: one sequence for all modules. */
	private static final Pattern MIGRATION_NAME = Pattern.compile("V(\\d{3})__[a-z]+_[a-z0-9_]+\\.sql");

	/** {@code <sha256>  <file name>}, as {@code sha256sum} prints it. */
	private static final Pattern CHECKSUM_LINE = Pattern.compile("([0-9a-f]{64})  (\\S+)");

	@Test
	void noLandedMigrationWasChanged() throws IOException {
		List<String> problems = new ArrayList<>();
		checksums().forEach((name, listed) -> {
			Path migration = MIGRATIONS.resolve(name);
			if (Files.isRegularFile(migration) && !sha256(migration).equals(listed)) {
				problems.add(name + " was changed after it landed: add a new migration instead. Flyway has already"
						+ " run the old content on the databases and refuses to start when a migration it applied"
						+ " has changed. Restore the file (git checkout -- " + migration + ") and put the change in"
						+ " a new migration.\n  Only a migration that has never left your branch may still change; then"
						+ " replace its line in the list with: " + line(migration));
			}
		});
		assertThat(problems).withFailMessage(() -> report(problems)).isEmpty();
	}

	@Test
	void noLandedMigrationWasRenamedOrDeleted() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String name : checksums().keySet()) {
			if (!Files.isRegularFile(MIGRATIONS.resolve(name))) {
				problems.add(name + " is listed in " + CHECKSUMS + " but is missing from " + MIGRATIONS
						+ ": a migration that has landed is never renamed or deleted. Restore it under its old"
						+ " name and undo the change with a new migration.");
			}
		}
		assertThat(problems).withFailMessage(() -> report(problems)).isEmpty();
	}

	@Test
	void everyMigrationIsListed() throws IOException {
		Map<String, String> checksums = checksums();
		List<String> unlisted = migrations().stream()
			.map((migration) -> migration.getFileName().toString())
			.filter((name) -> !checksums.containsKey(name))
			.toList();
		assertThat(unlisted).withFailMessage(() -> {
			StringBuilder message = new StringBuilder();
			message.append(String.join(", ", unlisted))
				.append(unlisted.size() == 1 ? " is" : " are")
				.append(" not listed in ")
				.append(CHECKSUMS)
				.append(". Once the migration is final, append this to the end of that file and commit it")
				.append(" with the migration; from then on the migration is frozen. (If migrationsFormOneSequence")
				.append(" fails too, fix the name first: the line holds the file name.)\n\n");
			unlisted.forEach((name) -> message.append(line(MIGRATIONS.resolve(name))).append('\n'));
			return message.toString();
		}).isEmpty();
	}

	@Test
	void migrationsFormOneSequence() throws IOException {
		List<String> problems = new ArrayList<>();
		Map<Integer, String> byVersion = new TreeMap<>();
		for (Path migration : migrations()) {
			String name = migration.getFileName().toString();
			Matcher matcher = MIGRATION_NAME.matcher(name);
			if (!matcher.matches()) {
				problems.add(migration + " is not named V<NNN>__<module>_<what>.sql (e.g. V010__housing_leases.sql)."
						+ " Flyway would skip it or run it outside the one sequence of versions.");
				continue;
			}
			String other = byVersion.putIfAbsent(Integer.parseInt(matcher.group(1)), name);
			if (other != null) {
				problems.add(name + " and " + other + " have the same version. Give the newer one the next free"
						+ " number.");
			}
		}
		int expected = 1;
		for (Map.Entry<Integer, String> migration : byVersion.entrySet()) {
			if (migration.getKey() != expected) {
				problems.add(migration.getValue() + " should be " + version(expected) + ": versions run V001, V002,"
						+ " ... without gaps.");
			}
			expected = migration.getKey() + 1;
		}
		int previous = 0;
		for (String name : checksums().keySet()) {
			Matcher matcher = MIGRATION_NAME.matcher(name);
			if (!matcher.matches()) {
				continue; // a badly named file is reported above or by the missing-file
							// test
			}
			int listed = Integer.parseInt(matcher.group(1));
			if (listed <= previous) {
				problems.add(name + " is listed in " + CHECKSUMS + " after " + version(previous) + ": the list is in"
						+ " version order and only grows at the end, and a new migration takes the number after the"
						+ " last one.");
			}
			previous = Math.max(previous, listed);
		}
		assertThat(problems).withFailMessage(() -> report(problems)).isEmpty();
	}

	/** The listed file names and checksums, in the order of the file. */
	private static Map<String, String> checksums() throws IOException {
		assertThat(CHECKSUMS).as("the list of landed migrations").isRegularFile();
		Map<String, String> checksums = new LinkedHashMap<>();
		List<String> lines = Files.readAllLines(CHECKSUMS, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Matcher matcher = CHECKSUM_LINE.matcher(line);
			assertThat(matcher.matches())
				.withFailMessage("%s line %d is not '<sha256>  <file name>': %s", CHECKSUMS, i + 1, line)
				.isTrue();
			assertThat(checksums.put(matcher.group(2), matcher.group(1)))
				.withFailMessage("%s line %d lists %s a second time", CHECKSUMS, i + 1, matcher.group(2))
				.isNull();
		}
		return checksums;
	}

	/** Every file in db/migration/ but hidden ones (.DS_Store and the like). */
	private static List<Path> migrations() throws IOException {
		assertThat(MIGRATIONS).as("the migrations folder (run the test from the project root)").isDirectory();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
	}

	/** The line that records a migration in the list. */
	private static String line(Path migration) {
		return sha256(migration) + "  " + migration.getFileName();
	}

	/** SHA-256 of the file's bytes with CRLF read as LF, so a Windows checkout agrees. */
	private static String sha256(Path file) {
		try {
			byte[] bytes = Files.readAllBytes(file);
			ByteArrayOutputStream normalised = new ByteArrayOutputStream(bytes.length);
			for (int i = 0; i < bytes.length; i++) {
				if (bytes[i] != '\r' || i + 1 == bytes.length || bytes[i + 1] != '\n') {
					normalised.write(bytes[i]);
				}
			}
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.toByteArray()));
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Cannot hash " + file, ex);
		}
	}

	private static String version(int version) {
		return "V%03d".formatted(version);
	}

	private static String report(List<String> problems) {
		return String.join("\n", problems);
	}

}
