package no.kommune.housingfirst.demo;

import java.util.List;

import no.kommune.housingfirst.housing.HousingUnits;
import no.kommune.housingfirst.housing.UnitDetails;
import no.kommune.housingfirst.housing.UnitKind;
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
 * Sixty fictional units in six districts: mostly scattered one or two to an address, a
 * few larger blocks where the 20 % rule starts to matter, some reserved for Housing First
 * and a couple out of use.
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

	DemoHousingUnits(HousingUnits units) {
		this.units = units;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.units.isEmpty()) {
			return;
		}
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
				long id = this.units.register(new UnitDetails(street, block ? "H0" + (101 + i) : null,
						String.valueOf(8000 + d * 10 + (block ? 0 : i % 3)), DISTRICTS.get(d), kind, rooms,
						28 + rooms * 14, i % 5, i % 3 == 0,
						block ? Integer.valueOf(12) : ((i % 2 == 0) ? Integer.valueOf(4) : null),
						6500 + rooms * 1700 + d * 150,
						(kind == UnitKind.PRIVATE_RENTAL) ? "Utleie Nord AS" : "Kommunale boliger",
						(kind == UnitKind.PRIVATE_RENTAL) ? "utleie@example.no" : "boligtjenesten@example.no",
						(i == 7) ? "Nyoppusset bad." : null));
				if (i % 4 == 1) {
					this.units.reserveForHousingFirst(id);
				}
				if (i == 9 && d % 2 == 0) {
					this.units.makeUnavailable(id);
				}
				made++;
			}
		}
		log.info("Demo housing units loaded: {}", made);
	}

}
