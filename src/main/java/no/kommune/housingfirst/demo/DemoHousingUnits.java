package no.kommune.housingfirst.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.kommune.housingfirst.housing.Districts;
import no.kommune.housingfirst.housing.HousingUnits;
import no.kommune.housingfirst.housing.UnitDetails;
import no.kommune.housingfirst.housing.UnitKind;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's six fictional districts and sixty units in them, registered by the
 * housing officer: mostly scattered one or two to an address, a few larger blocks where
 * the 20 % rule starts to matter, some reserved for Housing First and a couple out of
 * use. Some have a "ledig fra" date: soon, a few weeks ahead, or (out of use) after the
 * renovation.
 */
@Component
@Profile({ "trial", "demo" })
// Before the participants: their way into a home is made with these units.
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DemoHousingUnits implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHousingUnits.class);

	private static final List<String> DISTRICTS = List.of("Sentrum", "Nordbyen", "Østsiden", "Sørmarka", "Vestkanten",
			"Havna");

	private static final List<String> STREETS = List.of("Storgata", "Kirkeveien", "Parkveien", "Skolegata", "Fjordgata",
			"Bakkeveien", "Elvegata", "Torggata", "Møllevegen", "Skogveien");

	private final HousingUnits units;

	private final Districts districts;

	private final StaffAccounts accounts;

	private final Clock clock;

	DemoHousingUnits(HousingUnits units, Districts districts, StaffAccounts accounts, Clock clock) {
		this.units = units;
		this.districts = districts;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.units.isEmpty()) {
			return;
		}
		List<String> known = this.districts.allNames();
		DISTRICTS.stream().filter((d) -> !known.contains(d)).forEach(this.districts::add);
		CurrentUser officer = (CurrentUser) this.accounts.loadUserByUsername("bolig");
		LocalDate today = LocalDate.now(this.clock);
		int made = 0;
		for (int d = 0; d < DISTRICTS.size(); d++) {
			for (int i = 0; i < 10; i++) {
				// Units 0-3 share one block per district; the rest stand on their own
				// addresses.
				boolean block = i < 4;
				String street = block ? STREETS.get(d) + " " + (10 + d)
						: STREETS.get((d + i) % STREETS.size()) + " " + (20 + i * 3 + d);
				UnitKind kind = (i % 5 == 4) ? UnitKind.PRIVATE_RENTAL
						: (i % 7 == 6) ? UnitKind.HOUSING_COOPERATIVE : UnitKind.MUNICIPAL_RENTAL;
				int rooms = 1 + (i + d) % 3;
				LocalDate availableFrom = (i == 9 && d % 2 == 0) ? today.plusWeeks(6 + d)
						: (i % 3 == 2) ? today.plusDays(3 + 5L * i + d) : (i == 0) ? today.minusDays(10 + d) : null;
				long id = this.units.register(officer, UUID.randomUUID(),
						new UnitDetails(street, block ? "H0" + (101 + i) : null,
								String.valueOf(8000 + d * 10 + (block ? 0 : i % 3)), DISTRICTS.get(d), kind, rooms,
								28 + rooms * 14, i % 5, i % 3 == 0,
								block ? Integer.valueOf(12) : ((i % 2 == 0) ? Integer.valueOf(4) : null),
								6500 + rooms * 1700 + d * 150,
								(kind == UnitKind.PRIVATE_RENTAL) ? "Utleie Nord AS" : "Kommunale boliger",
								(kind == UnitKind.PRIVATE_RENTAL) ? "utleie@example.no" : "boligtjenesten@example.no",
								(i == 7) ? "Nyoppusset bad." : null, availableFrom));
				if (i % 4 == 1) {
					this.units.reserveForHousingFirst(officer, id);
				}
				if (i == 9 && d % 2 == 0) {
					this.units.makeUnavailable(officer, id);
				}
				made++;
			}
		}
		log.info("Demo housing units loaded: {}", made);
	}

}
