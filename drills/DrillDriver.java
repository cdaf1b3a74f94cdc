import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The drills' load driver (drills/run.sh compiles it with bench/WebSession.java and starts
 * it; not part of the build). One mode per drill, each bounded in time, printing its
 * figures and exiting 1 when a check fails:
 * <ul>
 * <li>{@code crash}: caseworkers saving visits while drills/run.sh restarts and kills
 * PostgreSQL; every failed save is sent again with the same submission key, as a user
 * pressing "Lagre" again would;</li>
 * <li>{@code fifty}: fifty caseworkers on Min uke, participant pages and visit saves;</li>
 * <li>{@code twin}: two app instances on one database (session, login throttle,
 * exactly-once).</li>
 * </ul>
 * Settings as system properties: drill.mode, drill.base (and drill.base2 for twin),
 * drill.db/drill.dbUser/drill.dbPassword (a superuser or the owner: counts rows),
 * drill.users, drill.seconds, drill.password.
 */
public class DrillDriver {

	static final String BASE = System.getProperty("drill.base", "http://127.0.0.1:58180");

	static final String PASSWORD = System.getProperty("drill.password", "Benk-maaling-passord-2026");

	static final int USERS = Integer.getInteger("drill.users", 20);

	static final int SECONDS = Integer.getInteger("drill.seconds", 60);

	static final String TODAY = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();

	static final List<String> failures = Collections.synchronizedList(new ArrayList<>());

	public static void main(String[] args) throws Exception {
		String mode = System.getProperty("drill.mode", "crash");
		switch (mode) {
			case "crash" -> crash();
			case "fifty" -> fifty();
			case "twin" -> twin();
			default -> throw new IllegalArgumentException("drill.mode: crash, fifty or twin");
		}
		if (failures.isEmpty()) {
			System.out.println("DRILL " + mode + ": PASSED");
		}
		else {
			failures.forEach((f) -> System.out.println("FAILED: " + f));
			System.out.println("DRILL " + mode + ": FAILED");
			System.exit(1);
		}
	}

	static void check(boolean ok, String what) {
		System.out.printf("  [%s] %s%n", ok ? "ok" : "FAIL", what);
		if (!ok) {
			failures.add(what);
		}
	}

	static Connection db() throws SQLException {
		Connection c = DriverManager.getConnection(System.getProperty("drill.db"), System.getProperty("drill.dbUser"),
				System.getProperty("drill.dbPassword"));
		c.setAutoCommit(true);
		return c;
	}

	static long single(String sql, Object... args) throws SQLException {
		try (Connection c = db(); PreparedStatement st = c.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				st.setObject(i + 1, args[i]);
			}
			try (ResultSet rs = st.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/** Caseworker username to the ids of their active participants (primary caseworker). */
	static Map<String, long[]> caseloads(int limit) throws SQLException {
		Map<String, long[]> caseloads = new LinkedHashMap<>();
		try (Connection c = db(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
				SELECT s.username, array_agg(p.id ORDER BY p.id)
				FROM staff_member s JOIN participant p ON p.primary_caseworker_id = s.id AND p.status <> 'EXITED'
				WHERE s.username LIKE 'cw%%' GROUP BY s.id, s.username ORDER BY s.id LIMIT %d""".formatted(limit))) {
			while (rs.next()) {
				caseloads.put(rs.getString(1),
						Arrays.stream((Long[]) rs.getArray(2).getArray()).mapToLong(Long::longValue).toArray());
			}
		}
		return caseloads;
	}

	static Map<String, String> visitForm(UUID key, String note) {
		Map<String, String> form = new HashMap<>();
		form.put("key", key.toString());
		form.put("date", TODAY);
		form.put("kind", "HOME_VISIT");
		form.put("contact", "true");
		form.put("note", note);
		return form;
	}

	static boolean saved(HttpResponse<String> r) {
		return r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").endsWith("/visits");
	}

	static double pct(List<Double> ms, double p) {
		double[] all = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return (all.length == 0) ? Double.NaN
				: all[Math.min(all.length - 1, (int) Math.ceil(p / 100.0 * all.length) - 1)];
	}

	// ---------------------------------------------------------------------------------
	// crash: saves through a PostgreSQL restart (fast) and a kill (immediate)

	static void crash() throws Exception {
		Map<String, long[]> caseloads = caseloads(USERS);
		List<String> users = new ArrayList<>(caseloads.keySet());
		check(users.size() == USERS, USERS + " caseworkers with a caseload (found " + users.size() + ")");
		long visitsBefore = single("SELECT count(*) FROM visit");
		Set<UUID> confirmed = ConcurrentHashMap.newKeySet();
		Set<UUID> sent = ConcurrentHashMap.newKeySet();
		Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<Double> ms = new ConcurrentLinkedQueue<>();
		List<WebSession> sessions = new ArrayList<>();
		for (String u : users) {
			WebSession s = new WebSession(BASE, u).login(PASSWORD);
			s.get("/my-week");
			sessions.add(s);
		}
		long loadEnd = System.nanoTime() + SECONDS * 1_000_000_000L;
		// drills/run.sh times the restarts from here (logging in 20 users takes a while:
		// Argon2).
		String started = System.getProperty("drill.startedFile");
		if (started != null) {
			java.nio.file.Files.writeString(java.nio.file.Path.of(started), "started\n");
		}
		// After the load, a user with a save not yet confirmed keeps pressing "Lagre" for
		// up to 30 s more.
		long drainEnd = loadEnd + 30_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		AtomicLong unconfirmedAtEnd = new AtomicLong();
		for (int i = 0; i < sessions.size(); i++) {
			WebSession s = sessions.get(i);
			long[] mine = caseloads.get(s.username);
			threads.add(Thread.ofPlatform().start(() -> {
				long n = 0;
				UUID key = null;
				String note = null;
				long participant = 0;
				while (true) {
					long now = System.nanoTime();
					if (key == null && now >= loadEnd) {
						break;
					}
					if (now >= drainEnd) {
						unconfirmedAtEnd.incrementAndGet();
						break;
					}
					if (key == null) {
						key = UUID.randomUUID();
						note = "Drill " + s.username + " nr " + n;
						participant = mine[(int) (n++ % mine.length)];
					}
					String kind;
					long t0 = System.nanoTime();
					try {
						sent.add(key);
						HttpResponse<String> r = s.post("/participants/" + participant + "/visits/new",
								visitForm(key, note));
						ms.add((System.nanoTime() - t0) / 1e6);
						String body = r.body();
						String to = r.headers().firstValue("Location").orElse("");
						if (saved(r)) {
							kind = "302 saved";
							confirmed.add(key);
							key = null;
						}
						else if (r.statusCode() == 503 && body.contains("ikke lagret")) {
							boolean kept = body.contains(note) && body.contains("value=\"" + key + "\"");
							kind = kept ? "503 \"ikke lagret\", input and key kept" : "503 \"ikke lagret\", INPUT LOST";
						}
						else if (r.statusCode() == 500 && body.contains("Databasen var ikke tilgjengelig")) {
							kind = "500 database-unavailable page (\"ingenting ble lagret\", go back)";
						}
						else if (r.statusCode() == 302 && to.contains("/login")) {
							kind = "302 to /login (session lost)";
							relogin(s);
						}
						else if (r.statusCode() == 403) {
							kind = "403 (CSRF token or session gone)";
							relogin(s);
						}
						else {
							kind = r.statusCode() + " OTHER";
							java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
									"hf-drill-other-" + r.statusCode() + ".html"), body);
						}
					}
					catch (Exception ex) {
						kind = "no answer (" + ex.getClass().getSimpleName() + ")";
					}
					answers.computeIfAbsent(kind, (k) -> new AtomicLong()).incrementAndGet();
					if (key != null) {
						// Not saved: the user waits a moment and presses "Lagre" again.
						pause(250);
					}
				}
			}));
		}
		for (Thread t : threads) {
			t.join();
		}
		// Recovery: after the load every user saves once more, and each must succeed at once.
		long recovered = 0;
		for (WebSession s : sessions) {
			UUID key = UUID.randomUUID();
			sent.add(key);
			HttpResponse<String> r = s.post("/participants/" + caseloads.get(s.username)[0] + "/visits/new",
					visitForm(key, "Drill etterpå " + s.username));
			if (saved(r)) {
				confirmed.add(key);
				recovered++;
			}
		}
		long visitsAfter = single("SELECT count(*) FROM visit");
		long stored;
		long storedSent;
		try (Connection c = db();
				PreparedStatement st = c.prepareStatement(
						"SELECT count(*) FILTER (WHERE submission_key = ANY(?)), count(*) FROM visit WHERE submission_key = ANY(?)")) {
			Array confirmedKeys = c.createArrayOf("uuid", confirmed.toArray());
			st.setArray(1, confirmedKeys);
			st.setArray(2, c.createArrayOf("uuid", sent.toArray()));
			try (ResultSet rs = st.executeQuery()) {
				rs.next();
				stored = rs.getLong(1);
				storedSent = rs.getLong(2);
			}
		}
		long duplicates = single(
				"SELECT count(*) FROM (SELECT submission_key FROM visit GROUP BY submission_key HAVING count(*) > 1) d");
		List<Double> times = new ArrayList<>(ms);
		System.out.println();
		System.out.printf("crash drill: %d caseworkers, %d s of saves (+ up to 30 s for the last resends), then one save each%n",
				users.size(), SECONDS);
		System.out.println("answers to the visit saves:");
		answers.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((e) -> System.out.printf("  %-70s %6d%n", e.getKey(), e.getValue().get()));
		System.out.printf("requests %d, p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", times.size(), pct(times, 50),
				pct(times, 95), pct(times, 100));
		System.out.printf("saves confirmed (302): %d; visit rows added: %d; confirmed rows found: %d; "
				+ "rows of all keys sent: %d%n", confirmed.size(), visitsAfter - visitsBefore, stored, storedSent);
		check(stored == confirmed.size(), "0 lost: every save answered with success is in the database (lost "
				+ (confirmed.size() - stored) + ")");
		check(duplicates == 0, "0 duplicates: no submission key stored twice (" + duplicates + ")");
		check(storedSent == confirmed.size() && visitsAfter - visitsBefore == confirmed.size(),
				"no visit stored that the user was not told about (rows " + (visitsAfter - visitsBefore) + ")");
		check(unconfirmedAtEnd.get() == 0,
				"every save was confirmed in the end (" + unconfirmedAtEnd.get() + " still failing after 30 s)");
		long raw = answers.entrySet()
			.stream()
			.filter((e) -> e.getKey().contains("OTHER") || e.getKey().contains("INPUT LOST"))
			.mapToLong((e) -> e.getValue().get())
			.sum();
		check(raw == 0, "no raw error: every failed save either said \"ikke lagret\" with the input kept or was "
				+ "the database-unavailable page (" + raw + " others)");
		check(recovered == sessions.size(), "the app recovered without a restart: " + recovered + " of "
				+ sessions.size() + " saves after the drill went through at the first press");
	}

	static void relogin(WebSession s) {
		try {
			if (!WebSession.loggedIn(s.tryLogin(PASSWORD))) {
				return;
			}
			s.get("/my-week");
		}
		catch (Exception ex) {
			// The database may still be down: the next round tries again.
		}
	}

	static void pause(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	// ---------------------------------------------------------------------------------
	// fifty: fifty caseworkers at once

	static void fifty() throws Exception {
		Map<String, long[]> caseloads = caseloads(USERS);
		List<String> users = new ArrayList<>(caseloads.keySet());
		check(users.size() == USERS, USERS + " caseworkers with a caseload (found " + users.size() + ")");
		List<WebSession> sessions = new ArrayList<>();
		for (String u : users) {
			WebSession s = new WebSession(BASE, u).login(PASSWORD);
			s.get("/my-week");
			sessions.add(s);
		}
		long visitsBefore = single("SELECT count(*) FROM visit");
		long auditBefore = single("SELECT max(id) FROM audit_event");
		String[] kinds = { "Min uke", "participant page", "save a visit" };
		Map<String, ConcurrentLinkedQueue<Double>> ms = new LinkedHashMap<>();
		Map<String, AtomicLong> good = new LinkedHashMap<>();
		Map<String, AtomicLong> bad = new LinkedHashMap<>();
		for (String k : kinds) {
			ms.put(k, new ConcurrentLinkedQueue<>());
			good.put(k, new AtomicLong());
			bad.put(k, new AtomicLong());
		}
		AtomicLong fiveHundreds = new AtomicLong();
		AtomicLong noAnswer = new AtomicLong();
		long end = System.nanoTime() + SECONDS * 1_000_000_000L;
		CountDownLatch start = new CountDownLatch(1);
		List<Thread> threads = new ArrayList<>();
		for (WebSession s : sessions) {
			long[] mine = caseloads.get(s.username);
			threads.add(Thread.ofPlatform().start(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					return;
				}
				long n = 0;
				while (System.nanoTime() < end) {
					// A caseworker's round: Min uke, two participant pages, one visit saved.
					String kind = kinds[(int) (n % 4 == 0 ? 0 : n % 4 == 3 ? 2 : 1)];
					long participant = mine[(int) (n % mine.length)];
					n++;
					long t0 = System.nanoTime();
					try {
						HttpResponse<String> r = switch (kind) {
							case "Min uke" -> s.get("/my-week");
							case "participant page" -> s.get("/participants/" + participant);
							default -> s.post("/participants/" + participant + "/visits/new",
									visitForm(UUID.randomUUID(), "Femti " + s.username + " " + n));
						};
						ms.get(kind).add((System.nanoTime() - t0) / 1e6);
						if (r.statusCode() >= 500) {
							fiveHundreds.incrementAndGet();
						}
						boolean ok = kind.startsWith("save") ? saved(r) : r.statusCode() == 200;
						(ok ? good : bad).get(kind).incrementAndGet();
					}
					catch (Exception ex) {
						noAnswer.incrementAndGet();
						bad.get(kind).incrementAndGet();
					}
				}
			}));
		}
		long t0 = System.nanoTime();
		start.countDown();
		for (Thread t : threads) {
			t.join();
		}
		double elapsed = (System.nanoTime() - t0) / 1e9;
		long visitsAdded = single("SELECT count(*) FROM visit") - visitsBefore;
		Map<String, Long> audit = new LinkedHashMap<>();
		try (Connection c = db(); PreparedStatement st = c.prepareStatement("""
				SELECT action || ' ' || record_type, count(*) FROM audit_event WHERE id > ?
				GROUP BY 1 ORDER BY 1""")) {
			st.setLong(1, auditBefore);
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					audit.put(rs.getString(1), rs.getLong(2));
				}
			}
		}
		long auditAdded = audit.values().stream().mapToLong(Long::longValue).sum();
		System.out.println();
		System.out.printf("fifty caseworkers: %d sessions for %d s (%.1f s measured)%n", sessions.size(), SECONDS,
				elapsed);
		System.out.println("| request | answered as expected | not | p50 ms | p95 ms | p99 ms |");
		System.out.println("|---|---|---|---|---|---|");
		List<Double> all = new ArrayList<>();
		for (String k : kinds) {
			List<Double> t = new ArrayList<>(ms.get(k));
			all.addAll(t);
			System.out.printf("| %s | %d | %d | %.0f | %.0f | %.0f |%n", k, good.get(k).get(), bad.get(k).get(),
					pct(t, 50), pct(t, 95), pct(t, 99));
		}
		System.out.printf("| all | %d | %d | %.0f | %.0f | %.0f |%n",
				good.values().stream().mapToLong(AtomicLong::get).sum(),
				bad.values().stream().mapToLong(AtomicLong::get).sum(), pct(all, 50), pct(all, 95), pct(all, 99));
		System.out.printf("%.0f requests/s; audit rows added by kind: %s%n", all.size() / elapsed, audit);
		long pages = good.get("participant page").get();
		long saves = good.get("save a visit").get();
		check(fiveHundreds.get() == 0, "0 answers >= 500 (" + fiveHundreds.get() + ")");
		check(noAnswer.get() == 0, "every request answered (" + noAnswer.get() + " without an answer)");
		check(bad.values().stream().mapToLong(AtomicLong::get).sum() == 0, "every answer as expected");
		check(visitsAdded == saves, "visit rows added = successful saves (" + visitsAdded + " = " + saves + ")");
		// Min uke audits one SEARCH PARTICIPANT_LIST (the list it shows), a participant
		// page one READ PARTICIPANT, a saved visit one CREATE VISIT.
		long weeks = good.get("Min uke").get();
		check(audit.getOrDefault("SEARCH PARTICIPANT_LIST", 0L) == weeks,
				"audit SEARCH PARTICIPANT_LIST rows = Min uke pages answered (" + audit.get("SEARCH PARTICIPANT_LIST")
						+ " = " + weeks + ")");
		check(audit.getOrDefault("READ PARTICIPANT", 0L) == pages,
				"audit READ PARTICIPANT rows = participant pages answered (" + audit.get("READ PARTICIPANT") + " = "
						+ pages + ")");
		check(audit.getOrDefault("CREATE VISIT", 0L) == saves,
				"audit CREATE VISIT rows = visits saved (" + audit.get("CREATE VISIT") + " = " + saves + ")");
		check(auditAdded == weeks + pages + saves, "audit rows added = accesses made, exactly (" + auditAdded
				+ " = " + (weeks + pages + saves) + ")");
	}

	// ---------------------------------------------------------------------------------
	// twin: two instances, one database

	static void twin() throws Exception {
		String a = BASE;
		String b = System.getProperty("drill.base2");
		Map<String, long[]> caseloads = caseloads(4);
		List<String> users = new ArrayList<>(caseloads.keySet());
		String kari = users.get(0);
		long participant = caseloads.get(kari)[0];

		System.out.println("1. A session moves between the instances (sessions are in PostgreSQL, Spring Session JDBC)");
		WebSession s = new WebSession(a, kari).login(PASSWORD);
		HttpResponse<String> onA = s.get("/my-week");
		s.base = b;
		HttpResponse<String> onB = s.get("/my-week");
		check(onA.statusCode() == 200 && onB.statusCode() == 200,
				"signed in on A, Min uke on B with the same cookie: " + onA.statusCode() + " then " + onB.statusCode());
		UUID movedKey = UUID.randomUUID();
		s.base = a;
		s.get("/participants/" + participant + "/visits/new");
		s.base = b;
		HttpResponse<String> postB = s.post("/participants/" + participant + "/visits/new",
				visitForm(movedKey, "Tvilling flyttet"));
		check(saved(postB), "a form loaded from A (its CSRF token) saved on B: " + postB.statusCode());
		check(single("SELECT count(*) FROM visit WHERE submission_key = ?", movedKey) == 1, "that visit stored once");

		System.out.println("2. The login throttle and the account lockout are shared (login_failure and the account in PostgreSQL)");
		String target = users.get(1);
		String other = users.get(2);
		long failuresBefore = single("SELECT count(*) FROM login_failure WHERE username = ?", target);
		for (int i = 0; i < 5; i++) {
			WebSession guess = new WebSession(i % 2 == 0 ? a : b, target);
			check(!WebSession.loggedIn(guess.tryLogin("feil-passord-" + i)),
					"wrong password " + (i + 1) + " on " + (i % 2 == 0 ? "A" : "B") + " refused");
		}
		long failures = single("SELECT count(*) FROM login_failure WHERE username = ?", target) - failuresBefore;
		check(failures == 5, "both instances counted into one table: " + failures + " failures recorded");
		check(single("SELECT failed_logins FROM staff_member WHERE username = ?", target) == 5
				&& single("SELECT count(*) FROM staff_member WHERE username = ? AND locked_until > now()", target) == 1,
				"the account's lockout counter (staff_member.failed_logins = 5) and lock are one, in the database");
		for (String base : List.of(a, b)) {
			HttpResponse<String> right = new WebSession(base, target).tryLogin(PASSWORD);
			check(!WebSession.loggedIn(right), "after 5 failures split over A and B, the RIGHT password is refused on "
					+ (base.equals(a) ? "A" : "B") + " too (" + right.headers().firstValue("Location").orElse("") + ")");
		}
		check(WebSession.loggedIn(new WebSession(b, other).tryLogin(PASSWORD)),
				"a colleague on the same address still signs in");

		System.out.println("3. One exactly-once save posted to both instances at once stores one row (5 rounds)");
		WebSession both = new WebSession(a, kari).login(PASSWORD);
		both.get("/my-week");
		String cookie = both.sessionCookie();
		for (int round = 0; round < 5; round++) {
			UUID key = UUID.randomUUID();
			Map<String, String> form = visitForm(key, "Tvilling " + round);
			form.put("_csrf", both.csrf);
			CountDownLatch go = new CountDownLatch(1);
			List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
			for (String base : List.of(a, b)) {
				WebSession copy = new WebSession(base, kari);
				copy.cookies.getCookieStore().add(java.net.URI.create(base), cookieOf(cookie));
				posts.add(CompletableFuture.supplyAsync(() -> {
					try {
						go.await();
						return copy.post("/participants/" + participant + "/visits/new", form);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}));
			}
			go.countDown();
			int ra = posts.get(0).get().statusCode();
			int rb = posts.get(1).get().statusCode();
			long rows = single("SELECT count(*) FROM visit WHERE submission_key = ?", key);
			check(saved(posts.get(0).get()) && saved(posts.get(1).get()) && rows == 1,
					"round " + (round + 1) + ": A " + ra + ", B " + rb + ", rows " + rows);
		}
	}

	static java.net.HttpCookie cookieOf(String value) {
		java.net.HttpCookie c = new java.net.HttpCookie("HFSESSION", value);
		c.setPath("/");
		c.setVersion(0);
		return c;
	}

}
