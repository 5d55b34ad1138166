/**
 */
package io.bulwark.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Fsmo Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The operations master (FSMO) roles a domain controller can hold; the literals are the wire's words.
 * <!-- end-model-doc -->
 * @see io.bulwark.model.ModelPackage#getFsmoRole()
 * @model
 * @generated
 */
public enum FsmoRole implements Enumerator {
	/**
	 * The '<em><b>SCHEMA MASTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Controls changes to the directory schema.
	 * <!-- end-model-doc -->
	 * @see #SCHEMA_MASTER_VALUE
	 * @generated
	 * @ordered
	 */
	SCHEMA_MASTER(0, "SCHEMA_MASTER", "schema_master"),

	/**
	 * The '<em><b>DOMAIN NAMING MASTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Controls adding and removing domains in the forest.
	 * <!-- end-model-doc -->
	 * @see #DOMAIN_NAMING_MASTER_VALUE
	 * @generated
	 * @ordered
	 */
	DOMAIN_NAMING_MASTER(1, "DOMAIN_NAMING_MASTER", "domain_naming_master"),

	/**
	 * The '<em><b>PDC EMULATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Handles password changes, time and legacy clients of a domain.
	 * <!-- end-model-doc -->
	 * @see #PDC_EMULATOR_VALUE
	 * @generated
	 * @ordered
	 */
	PDC_EMULATOR(2, "PDC_EMULATOR", "pdc_emulator"),

	/**
	 * The '<em><b>RID MASTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hands out pools of relative identifiers in a domain.
	 * <!-- end-model-doc -->
	 * @see #RID_MASTER_VALUE
	 * @generated
	 * @ordered
	 */
	RID_MASTER(3, "RID_MASTER", "rid_master"),

	/**
	 * The '<em><b>INFRASTRUCTURE MASTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Updates references to objects in other domains.
	 * <!-- end-model-doc -->
	 * @see #INFRASTRUCTURE_MASTER_VALUE
	 * @generated
	 * @ordered
	 */
	INFRASTRUCTURE_MASTER(4, "INFRASTRUCTURE_MASTER", "infrastructure_master");

	/**
	 * The '<em><b>SCHEMA MASTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Controls changes to the directory schema.
	 * <!-- end-model-doc -->
	 * @see #SCHEMA_MASTER
	 * @model literal="schema_master"
	 * @generated
	 * @ordered
	 */
	public static final int SCHEMA_MASTER_VALUE = 0;

	/**
	 * The '<em><b>DOMAIN NAMING MASTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Controls adding and removing domains in the forest.
	 * <!-- end-model-doc -->
	 * @see #DOMAIN_NAMING_MASTER
	 * @model literal="domain_naming_master"
	 * @generated
	 * @ordered
	 */
	public static final int DOMAIN_NAMING_MASTER_VALUE = 1;

	/**
	 * The '<em><b>PDC EMULATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Handles password changes, time and legacy clients of a domain.
	 * <!-- end-model-doc -->
	 * @see #PDC_EMULATOR
	 * @model literal="pdc_emulator"
	 * @generated
	 * @ordered
	 */
	public static final int PDC_EMULATOR_VALUE = 2;

	/**
	 * The '<em><b>RID MASTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hands out pools of relative identifiers in a domain.
	 * <!-- end-model-doc -->
	 * @see #RID_MASTER
	 * @model literal="rid_master"
	 * @generated
	 * @ordered
	 */
	public static final int RID_MASTER_VALUE = 3;

	/**
	 * The '<em><b>INFRASTRUCTURE MASTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Updates references to objects in other domains.
	 * <!-- end-model-doc -->
	 * @see #INFRASTRUCTURE_MASTER
	 * @model literal="infrastructure_master"
	 * @generated
	 * @ordered
	 */
	public static final int INFRASTRUCTURE_MASTER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Fsmo Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FsmoRole[] VALUES_ARRAY =
		new FsmoRole[] {
			SCHEMA_MASTER,
			DOMAIN_NAMING_MASTER,
			PDC_EMULATOR,
			RID_MASTER,
			INFRASTRUCTURE_MASTER,
		};

	/**
	 * A public read-only list of all the '<em><b>Fsmo Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FsmoRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Fsmo Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FsmoRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FsmoRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fsmo Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FsmoRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FsmoRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fsmo Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FsmoRole get(int value) {
		switch (value) {
			case SCHEMA_MASTER_VALUE: return SCHEMA_MASTER;
			case DOMAIN_NAMING_MASTER_VALUE: return DOMAIN_NAMING_MASTER;
			case PDC_EMULATOR_VALUE: return PDC_EMULATOR;
			case RID_MASTER_VALUE: return RID_MASTER;
			case INFRASTRUCTURE_MASTER_VALUE: return INFRASTRUCTURE_MASTER;
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
	private FsmoRole(int value, String name, String literal) {
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
	
} //FsmoRole
