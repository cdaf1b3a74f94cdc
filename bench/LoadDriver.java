import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The benchmark's load driver (bench/run.sh starts it; not part of the build): logs in one
 * session per simulated user, drives each page at 1 and at N concurrent users, each phase
 * bounded in time, and prints per page p50/p95/p99, req/s, SQL statements and database
 * time per request (pg_stat_statements, the app's role only), lock waits seen in
 * pg_stat_activity, and the app's resident memory.
 *
 * <pre>java -cp postgresql.jar bench/LoadDriver.java</pre> (bench/WebSession.java beside it is
 * found by the source launcher) with settings as system
 * properties: bench.base (http://127.0.0.1:port), bench.db (JDBC URL of a role that may
 * read and reset pg_stat_statements), bench.dbUser, bench.dbPassword, bench.appRole,
 * bench.pid (the app's process id), bench.users (16), bench.seconds (per phase),
 * bench.warmup (seconds), bench.password, bench.out (file for the Markdown table).
 */
public class LoadDriver {

	static final String BASE = System.getProperty("bench.base", "http://127.0.0.1:8080");

	static final String PASSWORD = System.getProperty("bench.password", "Benk-maaling-passord-2026");

	static final int USERS = Integer.getInteger("bench.users", 16);

	static final int SECONDS = Integer.getInteger("bench.seconds", 10);

	static final int WARMUP = Integer.getInteger("bench.warmup", 30);

	static final String APP_ROLE = System.getProperty("bench.appRole", "hf_app");

	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	/**
	 * The note of every visit this driver saves: bench/run.sh removes them when it starts a
	 * generated database again, so runs do not pile visits onto the same participants.
	 */
	static final String SAVED_NOTE = "bench/LoadDriver.java";

	/** One request of a page for user number i at its n-th call; true when it answered as it should. */
	interface Call {

		boolean run(WebSession s, int user, long n) throws Exception;

	}

	record Page(String name, String role, Call call) {
	}

	record Phase(int users, double[] ms, long ok, long bad, double seconds, long statements, long utility,
			double dbMs, double lockWaitSamples, double auditLockWaitSamples) {

		double rps() {
			return this.ok / this.seconds;
		}

		double pct(double p) {
			if (this.ms.length == 0) {
				return Double.NaN;
			}
			return this.ms[Math.min(this.ms.length - 1, (int) Math.ceil(p / 100.0 * this.ms.length) - 1)];
		}

		long requests() {
			return this.ok + this.bad;
		}

	}

	static Connection db;

	public static void main(String[] args) throws Exception {
		db = DriverManager.getConnection(System.getProperty("bench.db"), System.getProperty("bench.dbUser"),
				System.getProperty("bench.dbPassword"));
		db.setAutoCommit(true);
		boolean stats = statsAvailable();
		// Who sees whom: caseworker i's active participants (primary), the leader's section.
		Map<String, long[]> caseloads = new LinkedHashMap<>();
		try (Statement st = db.createStatement();
				ResultSet rs = st.executeQuery("""
						SELECT s.username, array_agg(p.id ORDER BY p.id)
						FROM staff_member s JOIN participant p ON p.primary_caseworker_id = s.id AND p.status <> 'EXITED'
						WHERE s.username LIKE 'cw%' GROUP BY s.id, s.username ORDER BY s.id LIMIT 64""")) {
			while (rs.next()) {
				caseloads.put(rs.getString(1),
						Arrays.stream((Long[]) rs.getArray(2).getArray()).mapToLong(Long::longValue).toArray());
			}
		}
		List<String> caseworkers = new ArrayList<>(caseloads.keySet());
		long longestHistory = single("""
				SELECT p.id FROM participant p JOIN team t ON t.id = p.team_id WHERE t.section_id = 1
				ORDER BY p.included_on, p.id LIMIT 1""");
		System.out.printf("caseworkers with a caseload: %d; access log of participant %d (longest history)%n",
				caseworkers.size(), longestHistory);

		Function<Integer, String> cw = (i) -> caseworkers.get(i % caseworkers.size());
		Map<String, Function<Integer, String>> who = Map.of("caseworker", cw, "leader", (i) -> "leder1", "nav",
				(i) -> "nav1", "housing", (i) -> "bolig1", "country", (i) -> "lederalle");
		List<Page> pages = new ArrayList<>();
		pages.add(new Page("static file (/css/app.css)", "caseworker", (s, u, n) -> s.get("/css/app.css").statusCode() == 200));
		pages.add(new Page("Min uke (/my-week)", "caseworker", (s, u, n) -> ok(s.get("/my-week"))));
		pages.add(new Page("participant page", "caseworker",
				(s, u, n) -> ok(s.get("/participants/" + pick(caseloads, s, n)))));
		pages.add(new Page("visit history", "caseworker",
				(s, u, n) -> ok(s.get("/participants/" + pick(caseloads, s, n) + "/visits"))));
		pages.add(new Page("caseload list", "caseworker", (s, u, n) -> ok(s.get("/participants"))));
		pages.add(new Page("caseload search (?q=)", "caseworker",
				(s, u, n) -> ok(s.get("/participants?q=" + (n % 2 == 0 ? "hansen" : "an")))));
		pages.add(new Page("visit compliance (leader)", "leader", (s, u, n) -> ok(s.get("/visits/compliance"))));
		pages.add(new Page("dashboard (leader, one section)", "leader", (s, u, n) -> ok(s.get("/dashboard?section=1"))));
		pages.add(new Page("dashboard (leader of every section, all)", "country", (s, u, n) -> ok(s.get("/dashboard"))));
		pages.add(new Page("dashboard list (leader, active participants)", "leader",
				(s, u, n) -> ok(s.get("/dashboard/people?measure=caseload&section=1&page=" + (n % 2)))));
		pages.add(new Page("access log (leader, longest history)", "leader",
				(s, u, n) -> ok(s.get("/participants/" + longestHistory + "/access-log"))));
		pages.add(new Page("NAV first-rent queue", "nav", (s, u, n) -> ok(s.get("/nav/first-rent"))));
		pages.add(new Page("housing seekers (housing officer)", "housing",
				(s, u, n) -> ok(s.get("/housing-units/seekers"))));
		String today = LocalDate.now(OSLO).toString();
		pages.add(new Page("save a visit (POST, 302)", "caseworker", (s, u, n) -> {
			HttpResponse<String> r = s.post("/participants/" + pick(caseloads, s, n) + "/visits/new",
					Map.of("key", UUID.randomUUID().toString(), "date", today, "kind", "PHONE", "contact", "true",
							"note", SAVED_NOTE, "version", "0"));
			return r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("/login");
		}));

		String only = System.getProperty("bench.pages", "");
		Map<String, Phase[]> results = new LinkedHashMap<>();
		long visitsBefore = single("SELECT count(*) FROM visit");
		long auditBefore = single("SELECT count(*) FROM audit_event");
		long saved = 0;
		for (Page page : pages) {
			if (!only.isEmpty() && java.util.Arrays.stream(only.toLowerCase().split(","))
				.noneMatch((word) -> page.name().toLowerCase().contains(word.strip()))) {
				continue;
			}
			// One session per simulated user, each logged in on its own.
			List<WebSession> sessions = new ArrayList<>();
			for (int i = 0; i < USERS; i++) {
				WebSession s = new WebSession(BASE, who.get(page.role()).apply(i)).login(PASSWORD);
				if (page.name().startsWith("save")) {
					s.get("/participants/" + caseloads.get(s.username)[0] + "/visits/new");
				}
				sessions.add(s);
			}
			run(page, sessions, USERS, WARMUP, false);
			Phase one = run(page, sessions.subList(0, 1), 1, SECONDS, stats);
			Phase many = run(page, sessions, USERS, SECONDS, stats);
			results.put(page.name(), new Phase[] { one, many });
			if (page.name().startsWith("save")) {
				saved = one.ok() + many.ok() + warmupSaves;
			}
			System.out.printf("%-40s 1 user p50 %.1f ms | %d users p50 %.1f p95 %.1f ms, %.0f req/s, %d bad%n",
					page.name(), one.pct(50), USERS, many.pct(50), many.pct(95), many.rps(), one.bad() + many.bad());
		}
		long visitsAfter = single("SELECT count(*) FROM visit");
		long auditAfter = single("SELECT count(*) FROM audit_event");
		long rss = rssKb(System.getProperty("bench.pid", ""));

		StringBuilder out = new StringBuilder();
		out.append(String.format("| Page | 1 user p50 / p95 / p99 ms | %d users p50 / p95 / p99 ms | %d users req/s "
				+ "| SQL statements per request (of them BEGIN/COMMIT) | DB ms per request (1 / %d users) | lock waits at %d users | bad |%n",
				USERS, USERS, USERS, USERS));
		out.append("|---|---|---|---|---|---|---|---|\n");
		for (Map.Entry<String, Phase[]> e : results.entrySet()) {
			Phase one = e.getValue()[0];
			Phase many = e.getValue()[1];
			out.append(String.format("| %s | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %.0f | %s | %s | %s | %d |%n",
					e.getKey(), one.pct(50), one.pct(95), one.pct(99), many.pct(50), many.pct(95), many.pct(99),
					many.rps(),
					stats ? String.format("%.1f (%.1f)", (double) one.statements() / one.requests(),
							(double) one.utility() / one.requests()) : "n/a",
					stats ? String.format("%.2f / %.2f", one.dbMs() / one.requests(), many.dbMs() / many.requests())
							: "n/a",
					stats ? String.format("%.2f (audit %.2f)", many.lockWaitSamples(), many.auditLockWaitSamples())
							: "n/a",
					one.bad() + many.bad()));
		}
		out.append(String.format("%nJVM resident memory after the run: %s MB. ", rss < 0 ? "n/a" : rss / 1024));
		out.append(String.format("Visits saved (302 answers): %d; visit rows added: %d (%s). Audit rows added: %d.%n",
				saved, visitsAfter - visitsBefore,
				(saved == visitsAfter - visitsBefore) ? "0 lost, 0 duplicated" : "MISMATCH", auditAfter - auditBefore));
		out.append("Lock waits: average number of the app's backends waiting on a lock, sampled every 20 ms "
				+ "(in parentheses: those waiting inside an INSERT INTO audit_event, i.e. on the chain head).\n");
		System.out.println();
		System.out.print(out);
		String file = System.getProperty("bench.out");
		if (file != null) {
			Files.writeString(Path.of(file), out.toString());
		}
	}

	static long warmupSaves;

	static Phase run(Page page, List<WebSession> sessions, int users, int seconds, boolean stats) throws Exception {
		if (stats) {
			try (Statement st = db.createStatement()) {
				st.execute("SELECT pg_stat_statements_reset()");
			}
		}
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicLong ok = new AtomicLong();
		AtomicLong bad = new AtomicLong();
		List<List<Double>> times = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < users; i++) {
			List<Double> mine = new ArrayList<>();
			times.add(mine);
			WebSession s = sessions.get(i);
			int user = i;
			threads.add(Thread.ofPlatform().start(() -> {
				long n = 0;
				while (System.nanoTime() < end) {
					long t0 = System.nanoTime();
					boolean good;
					try {
						good = page.call().run(s, user, n++);
					}
					catch (Exception ex) {
						good = false;
					}
					mine.add((System.nanoTime() - t0) / 1e6);
					(good ? ok : bad).incrementAndGet();
				}
			}));
		}
		// Sample lock waits while the phase runs.
		AtomicBoolean running = new AtomicBoolean(true);
		long[] samples = new long[3];
		Thread sampler = Thread.ofPlatform().start(() -> {
			try (Connection c = DriverManager.getConnection(System.getProperty("bench.db"),
					System.getProperty("bench.dbUser"), System.getProperty("bench.dbPassword"));
					Statement st = c.createStatement()) {
				while (running.get()) {
					try (ResultSet rs = st.executeQuery("""
							SELECT count(*) FILTER (WHERE wait_event_type = 'Lock'),
							       count(*) FILTER (WHERE wait_event_type = 'Lock' AND query ILIKE 'insert into audit_event%%')
							FROM pg_stat_activity WHERE usename = '%s'""".formatted(APP_ROLE))) {
						rs.next();
						samples[0]++;
						samples[1] += rs.getLong(1);
						samples[2] += rs.getLong(2);
					}
					Thread.sleep(20);
				}
			}
			catch (Exception ex) {
				// Lock sampling is best effort.
			}
		});
		long t0 = System.nanoTime();
		for (Thread t : threads) {
			t.join();
		}
		double elapsed = (System.nanoTime() - t0) / 1e9;
		running.set(false);
		sampler.join();
		if (page.name().startsWith("save") && !stats) {
			warmupSaves += ok.get();
		}
		long statements = 0;
		long utility = 0;
		double dbMs = 0;
		if (stats) {
			try (Statement st = db.createStatement();
					ResultSet rs = st.executeQuery("""
							SELECT coalesce(sum(calls), 0), coalesce(sum(total_exec_time), 0),
							       coalesce(sum(calls) FILTER (WHERE query ~* '^\\s*(BEGIN|COMMIT|ROLLBACK|START|SET|SHOW|RESET|DISCARD)'), 0)
							FROM pg_stat_statements
							WHERE userid = (SELECT oid FROM pg_roles WHERE rolname = '%s')""".formatted(APP_ROLE))) {
				rs.next();
				statements = rs.getLong(1);
				dbMs = rs.getDouble(2);
				utility = rs.getLong(3);
			}
		}
		double[] all = times.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sorted().toArray();
		double n = Math.max(1, samples[0]);
		return new Phase(users, all, ok.get(), bad.get(), elapsed, statements, utility, dbMs, samples[1] / n,
				samples[2] / n);
	}

	static boolean ok(HttpResponse<String> r) {
		return r.statusCode() == 200;
	}

	static long pick(Map<String, long[]> caseloads, WebSession s, long n) {
		long[] mine = caseloads.get(s.username);
		return mine[(int) (n % mine.length)];
	}

	static long single(String sql) throws SQLException {
		try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static boolean statsAvailable() {
		try (Statement st = db.createStatement()) {
			st.execute("SELECT pg_stat_statements_reset()");
			return true;
		}
		catch (SQLException ex) {
			System.out.println("pg_stat_statements not available (" + ex.getMessage().strip()
					+ "): SQL counts and database time are left out");
			return false;
		}
	}

	static long rssKb(String pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (Exception ex) {
			// Not Linux, or no pid given.
		}
		return -1;
	}

}
