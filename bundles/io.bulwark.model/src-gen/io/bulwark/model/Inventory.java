/**
 */
package io.bulwark.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inventory</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What an agent found on its computer: the facts patch assessment starts from (hardware, operating system, applications, the machine's role, its connectivity, installed and missing updates).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.Inventory#getHardwareType <em>Hardware Type</em>}</li>
 *   <li>{@link io.bulwark.model.Inventory#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link io.bulwark.model.Inventory#getApplications <em>Applications</em>}</li>
 *   <li>{@link io.bulwark.model.Inventory#getRole <em>Role</em>}</li>
 *   <li>{@link io.bulwark.model.Inventory#getConnectivity <em>Connectivity</em>}</li>
 *   <li>{@link io.bulwark.model.Inventory#getInstalledUpdates <em>Installed Updates</em>}</li>
 *   <li>{@link io.bulwark.model.Inventory#getMissingUpdates <em>Missing Updates</em>}</li>
 *   <li>{@link io.bulwark.model.Inventory#getCollectedAt <em>Collected At</em>}</li>
 *   <li>{@link io.bulwark.model.Inventory#getReportedAt <em>Reported At</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getInventory()
 * @model
 * @generated
 */
public interface Inventory extends EObject {
	/**
	 * Returns the value of the '<em><b>Hardware Type</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.HardwareType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Laptop, desktop or server; servers need maintenance windows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hardware Type</em>' attribute.
	 * @see io.bulwark.model.HardwareType
	 * @see #setHardwareType(HardwareType)
	 * @see io.bulwark.model.ModelPackage#getInventory_HardwareType()
	 * @model
	 * @generated
	 */
	HardwareType getHardwareType();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Inventory#getHardwareType <em>Hardware Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Type</em>' attribute.
	 * @see io.bulwark.model.HardwareType
	 * @see #getHardwareType()
	 * @generated
	 */
	void setHardwareType(HardwareType value);

	/**
	 * Returns the value of the '<em><b>Operating System</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operating system type and version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operating System</em>' containment reference.
	 * @see #setOperatingSystem(OperatingSystem)
	 * @see io.bulwark.model.ModelPackage#getInventory_OperatingSystem()
	 * @model containment="true"
	 * @generated
	 */
	OperatingSystem getOperatingSystem();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Inventory#getOperatingSystem <em>Operating System</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operating System</em>' containment reference.
	 * @see #getOperatingSystem()
	 * @generated
	 */
	void setOperatingSystem(OperatingSystem value);

	/**
	 * Returns the value of the '<em><b>Applications</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.Application}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Installed applications and middleware with their versions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applications</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getInventory_Applications()
	 * @model containment="true"
	 * @generated
	 */
	EList<Application> getApplications();

	/**
	 * Returns the value of the '<em><b>Role</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the machine does for the organisation; null if not reported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' containment reference.
	 * @see #setRole(MachineRole)
	 * @see io.bulwark.model.ModelPackage#getInventory_Role()
	 * @model containment="true"
	 * @generated
	 */
	MachineRole getRole();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Inventory#getRole <em>Role</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' containment reference.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(MachineRole value);

	/**
	 * Returns the value of the '<em><b>Connectivity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the computer is connected; null if not reported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connectivity</em>' containment reference.
	 * @see #setConnectivity(Connectivity)
	 * @see io.bulwark.model.ModelPackage#getInventory_Connectivity()
	 * @model containment="true"
	 * @generated
	 */
	Connectivity getConnectivity();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Inventory#getConnectivity <em>Connectivity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connectivity</em>' containment reference.
	 * @see #getConnectivity()
	 * @generated
	 */
	void setConnectivity(Connectivity value);

	/**
	 * Returns the value of the '<em><b>Installed Updates</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of installed software updates, e.g. KB5034441.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Installed Updates</em>' attribute list.
	 * @see io.bulwark.model.ModelPackage#getInventory_InstalledUpdates()
	 * @model
	 * @generated
	 */
	EList<String> getInstalledUpdates();

	/**
	 * Returns the value of the '<em><b>Missing Updates</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of applicable software updates that are not installed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Missing Updates</em>' attribute list.
	 * @see io.bulwark.model.ModelPackage#getInventory_MissingUpdates()
	 * @model
	 * @generated
	 */
	EList<String> getMissingUpdates();

	/**
	 * Returns the value of the '<em><b>Collected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the agent ran the inventory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Collected At</em>' attribute.
	 * @see #setCollectedAt(Instant)
	 * @see io.bulwark.model.ModelPackage#getInventory_CollectedAt()
	 * @model dataType="io.bulwark.model.Instant"
	 * @generated
	 */
	Instant getCollectedAt();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Inventory#getCollectedAt <em>Collected At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collected At</em>' attribute.
	 * @see #getCollectedAt()
	 * @generated
	 */
	void setCollectedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Reported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the server received it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reported At</em>' attribute.
	 * @see #setReportedAt(Instant)
	 * @see io.bulwark.model.ModelPackage#getInventory_ReportedAt()
	 * @model dataType="io.bulwark.model.Instant"
	 * @generated
	 */
	Instant getReportedAt();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Inventory#getReportedAt <em>Reported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported At</em>' attribute.
	 * @see #getReportedAt()
	 * @generated
	 */
	void setReportedAt(Instant value);

} // Inventory
