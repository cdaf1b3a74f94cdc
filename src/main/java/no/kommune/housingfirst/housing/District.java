package no.kommune.housingfirst.housing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One of the municipality's districts (bydeler). Units and wishes refer to it by name; a
 * deactivated district is not offered for new units, but units that have it keep it.
 */
@Entity
@Table(name = "district")
class District {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private boolean active = true;

	@Version
	private int version;

	protected District() {
	}

	District(String name) {
		this.name = name;
	}

	void rename(String newName) {
		this.name = newName;
	}

	void activate() {
		this.active = true;
	}

	void deactivate() {
		this.active = false;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	boolean isActive() {
		return this.active;
	}

	int getVersion() {
		return this.version;
	}

}
