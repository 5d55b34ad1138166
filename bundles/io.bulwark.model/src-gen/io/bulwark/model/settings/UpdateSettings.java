/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Update Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * When agents update their components.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.UpdateSettings#isAfterServerDownload <em>After Server Download</em>}</li>
 *   <li>{@link io.bulwark.model.settings.UpdateSettings#isOnAgentRestart <em>On Agent Restart</em>}</li>
 *   <li>{@link io.bulwark.model.settings.UpdateSettings#isScheduled <em>Scheduled</em>}</li>
 *   <li>{@link io.bulwark.model.settings.UpdateSettings#getSchedule <em>Schedule</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getUpdateSettings()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface UpdateSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>After Server Download</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the server notifies agents to update once it has downloaded new components.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>After Server Download</em>' attribute.
	 * @see #setAfterServerDownload(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getUpdateSettings_AfterServerDownload()
	 * @model
	 * @generated
	 */
	boolean isAfterServerDownload();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.UpdateSettings#isAfterServerDownload <em>After Server Download</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>After Server Download</em>' attribute.
	 * @see #isAfterServerDownload()
	 * @generated
	 */
	void setAfterServerDownload(boolean value);

	/**
	 * Returns the value of the '<em><b>On Agent Restart</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether an agent updates when it restarts and connects to the server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>On Agent Restart</em>' attribute.
	 * @see #setOnAgentRestart(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getUpdateSettings_OnAgentRestart()
	 * @model
	 * @generated
	 */
	boolean isOnAgentRestart();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.UpdateSettings#isOnAgentRestart <em>On Agent Restart</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Agent Restart</em>' attribute.
	 * @see #isOnAgentRestart()
	 * @generated
	 */
	void setOnAgentRestart(boolean value);

	/**
	 * Returns the value of the '<em><b>Scheduled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether agents also update on the schedule.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheduled</em>' attribute.
	 * @see #setScheduled(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getUpdateSettings_Scheduled()
	 * @model
	 * @generated
	 */
	boolean isScheduled();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.UpdateSettings#isScheduled <em>Scheduled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduled</em>' attribute.
	 * @see #isScheduled()
	 * @generated
	 */
	void setScheduled(boolean value);

	/**
	 * Returns the value of the '<em><b>Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scheduled update's frequency and time; required when scheduled, kept otherwise (null if never set).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedule</em>' containment reference.
	 * @see #setSchedule(Schedule)
	 * @see io.bulwark.model.settings.SettingsPackage#getUpdateSettings_Schedule()
	 * @model containment="true"
	 * @generated
	 */
	Schedule getSchedule();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.UpdateSettings#getSchedule <em>Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schedule</em>' containment reference.
	 * @see #getSchedule()
	 * @generated
	 */
	void setSchedule(Schedule value);

} // UpdateSettings
