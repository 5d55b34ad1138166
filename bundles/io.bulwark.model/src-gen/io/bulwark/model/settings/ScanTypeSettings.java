/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scan Type Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The settings of one scan type (manual, real-time, scheduled or scan now).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.ScanTypeSettings#getTargets <em>Targets</em>}</li>
 *   <li>{@link io.bulwark.model.settings.ScanTypeSettings#getExclusions <em>Exclusions</em>}</li>
 *   <li>{@link io.bulwark.model.settings.ScanTypeSettings#getActions <em>Actions</em>}</li>
 *   <li>{@link io.bulwark.model.settings.ScanTypeSettings#getSpywareAssessment <em>Spyware Assessment</em>}</li>
 *   <li>{@link io.bulwark.model.settings.ScanTypeSettings#getSchedule <em>Schedule</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getScanTypeSettings()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface ScanTypeSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which files and folders are scanned; required.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference.
	 * @see #setTargets(ScanTargets)
	 * @see io.bulwark.model.settings.SettingsPackage#getScanTypeSettings_Targets()
	 * @model containment="true"
	 * @generated
	 */
	ScanTargets getTargets();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.ScanTypeSettings#getTargets <em>Targets</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Targets</em>' containment reference.
	 * @see #getTargets()
	 * @generated
	 */
	void setTargets(ScanTargets value);

	/**
	 * Returns the value of the '<em><b>Exclusions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is never scanned, for example Exchange queue folders or database files; null for no exclusions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclusions</em>' containment reference.
	 * @see #setExclusions(ScanExclusions)
	 * @see io.bulwark.model.settings.SettingsPackage#getScanTypeSettings_Exclusions()
	 * @model containment="true"
	 * @generated
	 */
	ScanExclusions getExclusions();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.ScanTypeSettings#getExclusions <em>Exclusions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclusions</em>' containment reference.
	 * @see #getExclusions()
	 * @generated
	 */
	void setExclusions(ScanExclusions value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happens to a detected file; required.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference.
	 * @see #setActions(ScanActions)
	 * @see io.bulwark.model.settings.SettingsPackage#getScanTypeSettings_Actions()
	 * @model containment="true"
	 * @generated
	 */
	ScanActions getActions();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.ScanTypeSettings#getActions <em>Actions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actions</em>' containment reference.
	 * @see #getActions()
	 * @generated
	 */
	void setActions(ScanActions value);

	/**
	 * Returns the value of the '<em><b>Spyware Assessment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spyware/grayware assessment mode: log but do not clean, for a number of weeks; null for off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spyware Assessment</em>' containment reference.
	 * @see #setSpywareAssessment(SpywareAssessment)
	 * @see io.bulwark.model.settings.SettingsPackage#getScanTypeSettings_SpywareAssessment()
	 * @model containment="true"
	 * @generated
	 */
	SpywareAssessment getSpywareAssessment();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.ScanTypeSettings#getSpywareAssessment <em>Spyware Assessment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spyware Assessment</em>' containment reference.
	 * @see #getSpywareAssessment()
	 * @generated
	 */
	void setSpywareAssessment(SpywareAssessment value);

	/**
	 * Returns the value of the '<em><b>Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the scan runs: required for the scheduled scan, absent for every other scan type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedule</em>' containment reference.
	 * @see #setSchedule(Schedule)
	 * @see io.bulwark.model.settings.SettingsPackage#getScanTypeSettings_Schedule()
	 * @model containment="true"
	 * @generated
	 */
	Schedule getSchedule();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.ScanTypeSettings#getSchedule <em>Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schedule</em>' containment reference.
	 * @see #getSchedule()
	 * @generated
	 */
	void setSchedule(Schedule value);

} // ScanTypeSettings
