/**
 */
package io.bulwark.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Move Item State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How far one agent of a move got.
 * <!-- end-model-doc -->
 * @see io.bulwark.model.ModelPackage#getMoveItemState()
 * @model
 * @generated
 */
public enum MoveItemState implements Enumerator {
	/**
	 * The '<em><b>PLANNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Chosen for the move; the source server has not been asked yet.
	 * <!-- end-model-doc -->
	 * @see #PLANNED_VALUE
	 * @generated
	 * @ordered
	 */
	PLANNED(0, "PLANNED", "planned"),

	/**
	 * The '<em><b>WAITING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offline or roaming; it moves once it comes online, until the move's deadline.
	 * <!-- end-model-doc -->
	 * @see #WAITING_VALUE
	 * @generated
	 * @ordered
	 */
	WAITING(1, "WAITING", "waiting"),

	/**
	 * The '<em><b>MOVING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source server told the agent to relocate; the target has not confirmed its arrival yet.
	 * <!-- end-model-doc -->
	 * @see #MOVING_VALUE
	 * @generated
	 * @ordered
	 */
	MOVING(2, "MOVING", "moving"),

	/**
	 * The '<em><b>ARRIVED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agent registered with the target, which now owns it; final.
	 * <!-- end-model-doc -->
	 * @see #ARRIVED_VALUE
	 * @generated
	 * @ordered
	 */
	ARRIVED(3, "ARRIVED", "arrived"),

	/**
	 * The '<em><b>SKIPPED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not moved because it was not online and the move does not wait for such agents; it stays on the source; final.
	 * <!-- end-model-doc -->
	 * @see #SKIPPED_VALUE
	 * @generated
	 * @ordered
	 */
	SKIPPED(4, "SKIPPED", "skipped"),

	/**
	 * The '<em><b>FAILED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The move of this agent was refused or failed; it stays on the source; final.
	 * <!-- end-model-doc -->
	 * @see #FAILED_VALUE
	 * @generated
	 * @ordered
	 */
	FAILED(5, "FAILED", "failed"),

	/**
	 * The '<em><b>EXPIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The deadline passed before the agent could move; it stays on the source; final.
	 * <!-- end-model-doc -->
	 * @see #EXPIRED_VALUE
	 * @generated
	 * @ordered
	 */
	EXPIRED(6, "EXPIRED", "expired"),

	/**
	 * The '<em><b>ROLLED BACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agent started to move but timed out or failed and returned to the source; final.
	 * <!-- end-model-doc -->
	 * @see #ROLLED_BACK_VALUE
	 * @generated
	 * @ordered
	 */
	ROLLED_BACK(7, "ROLLED_BACK", "rolled_back");

	/**
	 * The '<em><b>PLANNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Chosen for the move; the source server has not been asked yet.
	 * <!-- end-model-doc -->
	 * @see #PLANNED
	 * @model literal="planned"
	 * @generated
	 * @ordered
	 */
	public static final int PLANNED_VALUE = 0;

	/**
	 * The '<em><b>WAITING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offline or roaming; it moves once it comes online, until the move's deadline.
	 * <!-- end-model-doc -->
	 * @see #WAITING
	 * @model literal="waiting"
	 * @generated
	 * @ordered
	 */
	public static final int WAITING_VALUE = 1;

	/**
	 * The '<em><b>MOVING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source server told the agent to relocate; the target has not confirmed its arrival yet.
	 * <!-- end-model-doc -->
	 * @see #MOVING
	 * @model literal="moving"
	 * @generated
	 * @ordered
	 */
	public static final int MOVING_VALUE = 2;

	/**
	 * The '<em><b>ARRIVED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agent registered with the target, which now owns it; final.
	 * <!-- end-model-doc -->
	 * @see #ARRIVED
	 * @model literal="arrived"
	 * @generated
	 * @ordered
	 */
	public static final int ARRIVED_VALUE = 3;

	/**
	 * The '<em><b>SKIPPED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not moved because it was not online and the move does not wait for such agents; it stays on the source; final.
	 * <!-- end-model-doc -->
	 * @see #SKIPPED
	 * @model literal="skipped"
	 * @generated
	 * @ordered
	 */
	public static final int SKIPPED_VALUE = 4;

	/**
	 * The '<em><b>FAILED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The move of this agent was refused or failed; it stays on the source; final.
	 * <!-- end-model-doc -->
	 * @see #FAILED
	 * @model literal="failed"
	 * @generated
	 * @ordered
	 */
	public static final int FAILED_VALUE = 5;

	/**
	 * The '<em><b>EXPIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The deadline passed before the agent could move; it stays on the source; final.
	 * <!-- end-model-doc -->
	 * @see #EXPIRED
	 * @model literal="expired"
	 * @generated
	 * @ordered
	 */
	public static final int EXPIRED_VALUE = 6;

	/**
	 * The '<em><b>ROLLED BACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agent started to move but timed out or failed and returned to the source; final.
	 * <!-- end-model-doc -->
	 * @see #ROLLED_BACK
	 * @model literal="rolled_back"
	 * @generated
	 * @ordered
	 */
	public static final int ROLLED_BACK_VALUE = 7;

	/**
	 * An array of all the '<em><b>Move Item State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MoveItemState[] VALUES_ARRAY =
		new MoveItemState[] {
			PLANNED,
			WAITING,
			MOVING,
			ARRIVED,
			SKIPPED,
			FAILED,
			EXPIRED,
			ROLLED_BACK,
		};

	/**
	 * A public read-only list of all the '<em><b>Move Item State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MoveItemState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Move Item State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MoveItemState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MoveItemState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Move Item State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MoveItemState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MoveItemState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Move Item State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MoveItemState get(int value) {
		switch (value) {
			case PLANNED_VALUE: return PLANNED;
			case WAITING_VALUE: return WAITING;
			case MOVING_VALUE: return MOVING;
			case ARRIVED_VALUE: return ARRIVED;
			case SKIPPED_VALUE: return SKIPPED;
			case FAILED_VALUE: return FAILED;
			case EXPIRED_VALUE: return EXPIRED;
			case ROLLED_BACK_VALUE: return ROLLED_BACK;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private MoveItemState(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //MoveItemState
