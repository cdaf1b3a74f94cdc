package no.kommune.housingfirst.housing;

import java.util.Collection;

import org.springframework.stereotype.Component;

/**
 * Writes a unit's history: the changes its steps noted, with who took the step. Every
 * service of this module that changes a unit calls it in the same transaction, so a
 * change and its history line are saved together or not at all.
 */
@Component
class UnitHistory {

	private final HousingUnitChangeRepository changes;

	UnitHistory(HousingUnitChangeRepository changes) {
		this.changes = changes;
	}

	void registered(HousingUnit unit, long by) {
		this.changes.save(new HousingUnitChange(unit.getId(), by, HousingUnitChange.REGISTERED, null, null));
		unit.takeChanges();
	}

	void record(HousingUnit unit, long by) {
		for (HousingUnit.Change change : unit.takeChanges()) {
			this.changes.save(new HousingUnitChange(unit.getId(), by, change.field(), change.from(), change.to()));
		}
	}

	void record(Collection<HousingUnit> units, long by) {
		units.forEach((unit) -> record(unit, by));
	}

}
