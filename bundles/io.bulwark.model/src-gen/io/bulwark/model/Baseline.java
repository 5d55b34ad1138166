/**
 */
package io.bulwark.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Baseline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A documented configuration for a class of systems (by machine type and operating system): the software updates such a system must have. Machines below the baseline are brought up; exceptions record systems that must stay behind.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.Baseline#getName <em>Name</em>}</li>
 *   <li>{@link io.bulwark.model.Baseline#getDescription <em>Description</em>}</li>
 *   <li>{@link io.bulwark.model.Baseline#getHardwareTypes <em>Hardware Types</em>}</li>
 *   <li>{@link io.bulwark.model.Baseline#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link io.bulwark.model.Baseline#getRequiredUpdates <em>Required Updates</em>}</li>
 *   <li>{@link io.bulwark.model.Baseline#getExceptions <em>Exceptions</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getBaseline()
 * @model
 * @generated
 */
public interface Baseline extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The baseline's name, e.g. Windows Server 2022 file servers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.bulwark.model.ModelPackage#getBaseline_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Baseline#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the baseline covers and why, for a person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.bulwark.model.ModelPackage#getBaseline_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Baseline#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Hardware Types</b></em>' attribute list.
	 * The list contents are of type {@link io.bulwark.model.HardwareType}.
	 * The literals are from the enumeration {@link io.bulwark.model.HardwareType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The machine types the baseline applies to; empty for all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hardware Types</em>' attribute list.
	 * @see io.bulwark.model.HardwareType
	 * @see io.bulwark.model.ModelPackage#getBaseline_HardwareTypes()
	 * @model
	 * @generated
	 */
	EList<HardwareType> getHardwareTypes();

	/**
	 * Returns the value of the '<em><b>Operating System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operating system name the baseline applies to, e.g. Windows Server 2022; null for all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operating System</em>' attribute.
	 * @see #setOperatingSystem(String)
	 * @see io.bulwark.model.ModelPackage#getBaseline_OperatingSystem()
	 * @model
	 * @generated
	 */
	String getOperatingSystem();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Baseline#getOperatingSystem <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operating System</em>' attribute.
	 * @see #getOperatingSystem()
	 * @generated
	 */
	void setOperatingSystem(String value);

	/**
	 * Returns the value of the '<em><b>Required Updates</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.RequiredUpdate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The updates a machine of this class must have installed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required Updates</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getBaseline_RequiredUpdates()
	 * @model containment="true"
	 * @generated
	 */
	EList<RequiredUpdate> getRequiredUpdates();

	/**
	 * Returns the value of the '<em><b>Exceptions</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.BaselineException}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Machines allowed to stay behind, each with its reason.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exceptions</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getBaseline_Exceptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<BaselineException> getExceptions();

} // Baseline
