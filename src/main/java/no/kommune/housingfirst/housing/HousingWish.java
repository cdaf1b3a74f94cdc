package no.kommune.housingfirst.housing;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What the participant wishes for in a home: districts, size, pets, anything else. */
@Entity
@Table(name = "housing_wish")
public class HousingWish {

	@Id
	private Long participantId;

	private String[] districts = new String[0];

	private Integer minRooms;

	private String pets;

	private String other;

	private long updatedBy;

	@Version
	private Integer version;

	protected HousingWish() {
	}

	HousingWish(long participantId) {
		this.participantId = participantId;
	}

	void describe(Wishes wishes, long by) {
		this.districts = wishes.districts().toArray(String[]::new);
		this.minRooms = wishes.minRooms();
		this.pets = wishes.pets();
		this.other = wishes.other();
		this.updatedBy = by;
	}

	public Wishes wishes() {
		return new Wishes(List.of(this.districts), this.minRooms, this.pets, this.other);
	}

	/** The wishes as the form and page show them. */
	public record Wishes(List<String> districts, Integer minRooms, String pets, String other) {

		/** Without the free text, which may say more than the housing service needs. */
		public Wishes forHousingService() {
			return new Wishes(this.districts, this.minRooms, this.pets, null);
		}

		/**
		 * Whether a unit fits the wished districts and size (no wish fits everything).
		 */
		public boolean matches(String district, int rooms) {
			return (this.districts.isEmpty() || this.districts.contains(district))
					&& (this.minRooms == null || rooms >= this.minRooms);
		}

	}

}
